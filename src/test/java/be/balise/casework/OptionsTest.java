package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Options (pistes): written by either author, ranked, dropped with a reason; a concurrent edit loses nothing. */
@FullStackTest
@Tag("balises-F4")
@Tag("balises-K4")
class OptionsTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired OptionService options;
	@Autowired OptionContent content;

	@Test
	void theWorkerAddsAnOptionTheCounsellorRanksAndDropsOne() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("options");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(status(post(path("worker", bilan)).param("description", "Menuisier·ère").param("pros", "Aime le bois")
				.param("realism", "Formation en alternance possible").with(csrf()), worker)).isEqualTo(302);
		UUID second = options.add(world.counsellor, bilan, new OptionText("Formateur·rice", "Pédagogue", "", "", "Un titre"));
		assertThat(status(post(path("counsellor", bilan) + "/" + second + "/rank").param("direction", "UP").with(csrf()),
				world.counsellor)).isEqualTo(302);
		assertThat(options.read(worker, bilan)).extracting(o -> o.text().description()).containsExactly("Formateur·rice", "Menuisier·ère");

		UUID first = options.read(worker, bilan).get(1).id();
		assertThat(status(post(path("worker", bilan) + "/" + first + "/drop").param("reason", "").with(csrf()), worker)).isEqualTo(302);
		assertThat(options.read(worker, bilan)).noneMatch(PathOption::dropped);
		assertThat(status(post(path("worker", bilan) + "/" + first + "/drop").param("reason", "Trop physique").with(csrf()), worker))
				.isEqualTo(302);

		String page = body(get(path("counsellor", bilan)), world.counsellor);
		assertThat(page).contains("Formateur·rice").contains("Pédagogue").contains("Trop physique");
		assertThat(content.export(bilan)).anyMatch(row -> "Trop physique".equals(row.get("droppedReason")));
	}

	@Test
	@Tag("balises-K3")
	void theSecondOfTwoConcurrentEditorsIsToldAndSeesBothVersionsOfEveryField() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("options-race");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID option = options.add(worker, bilan, new OptionText("Comptable", "", "", "", ""));

		assertThat(status(post(path("counsellor", bilan) + "/" + option).param("description", "Comptable en PME")
				.param("pros", "Rigueur").param("version", "0").with(csrf()), world.counsellor)).isEqualTo(302);
		var second = mvc.perform(post(path("worker", bilan) + "/" + option).param("description", "Comptable indépendant·e")
				.param("cons", "Isolement").param("version", "0").with(csrf()).with(user(worker))).andReturn().getResponse();

		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("Comptable en PME").contains("Rigueur")
				.contains("Comptable indépendant·e").contains("Isolement");
		assertThat(options.read(worker, bilan)).singleElement().satisfies(o -> {
			assertThat(o.text().description()).isEqualTo("Comptable en PME");
			assertThat(o.version()).isEqualTo(1);
		});
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorReachItsOptions() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("options-access");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID option = options.add(worker, bilan, new OptionText("Piste privée", "", "", "", ""));

		assertThat(status(get(path("worker", bilan)), worker)).isEqualTo(200);
		assertThat(status(get(path("counsellor", bilan)), world.counsellor)).isEqualTo(200);
		assertThat(status(get(path("worker", bilan)), world.worker("stranger"))).isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get(path("counsellor", bilan)), counsellor)).isEqualTo(404);
			assertThat(status(post(path("counsellor", bilan) + "/" + option + "/drop").param("reason", "intrus").with(csrf()),
					counsellor)).isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get(path("counsellor", bilan)), other)).isIn(403, 404);
			assertThat(status(get(path("worker", bilan)), other)).isIn(403, 404);
		}
		assertThat(options.read(worker, bilan)).noneMatch(PathOption::dropped);
	}

	private static String path(String space, BilanId bilan) {
		return "/" + space + "/bilans/" + bilan + "/options";
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
