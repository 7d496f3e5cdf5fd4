package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import be.balise.testing.CanaryPlanter;
import be.balise.testing.Canaries;
import be.balise.testing.FullStackTest;
import be.balise.testing.HandlerRoutes;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md A4: a canary string planted in every registered kind of content never appears in any page the
 * fund officer, the operator admin, the platform admin or another counsellor can reach. Every kind needs a
 * {@link CanaryPlanter} (or is planted when the bilan is created, or holds no free text).
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-D9")
class ContentCanaryTest {

	/** Kinds written when the canary bilan is requested and its first meeting recorded. */
	static final Set<String> PLANTED_AT_CREATION = Set.of("request.reasons", "contract.first-meeting");
	/** Kinds that hold no text a person wrote: notifications name a bilan but carry none of its content. */
	static final Set<String> NO_FREE_TEXT = Set.of("mail.outbox");

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired ContentRegistry registry;
	@Autowired List<CanaryPlanter> planters;
	@Autowired ApplicationContext context;

	World world;
	BilanId bilan;
	final Map<String, String> canaries = new HashMap<>();

	@BeforeAll
	void plantACanaryInEveryKindOfContent() {
		world = worlds.create();
		CurrentUser worker = world.worker("canary");
		PLANTED_AT_CREATION.forEach(kind -> canaries.put(kind, Canaries.next(kind.replaceAll("[^A-Za-z0-9]", "_"))));
		bilan = world.investigating(worker, canaries.get("request.reasons"), canaries.get("contract.first-meeting"));
		for (CanaryPlanter planter : planters) {
			String canary = Canaries.next(planter.kind().replaceAll("[^A-Za-z0-9]", "_"));
			planter.plant(world, bilan, canary);
			canaries.put(planter.kind(), canary);
		}
	}

	@Test
	void plantsACanaryInEveryRegisteredKind() {
		assertThat(registry.kinds()).extracting(BilanContent::kind)
				.allMatch(kind -> canaries.containsKey(kind) || NO_FREE_TEXT.contains(kind));
	}

	@Test
	void theOwnersSeeTheirContent() throws Exception {
		assertThat(body("/counsellor/bilans/" + bilan + "/timeline", world.counsellor)).contains(canaries.get("assessment.history-reasons"));
		assertThat(body("/counsellor/bilans/" + bilan + "/first-meeting", world.counsellor))
				.contains(canaries.get("contract.first-meeting"));
	}

	@Test
	void noCanaryReachesTheFundTheOperatorTheAdminOrAnotherCounsellor() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (CurrentUser reader : List.of(world.fundOfficer, world.operatorAdmin, world.platformAdmin, world.colleague)) {
			for (String path : reachableGetPaths()) {
				String page = body(path, reader);
				canaries.values().stream().filter(page::contains).forEach(canary -> leaks.add(reader.displayName() + " " + path));
			}
		}
		assertThat(leaks).isEmpty();
	}

	/** Every GET route, with this bilan's id wherever a route takes an id. */
	private List<String> reachableGetPaths() {
		return HandlerRoutes.of(context).keySet().stream()
				.filter(route -> route.method() == HttpMethod.GET)
				.map(route -> route.pattern().replace("{id}", bilan.toString()).replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))
				.toList();
	}

	private String body(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
