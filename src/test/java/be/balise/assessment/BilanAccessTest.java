package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md A3 on real objects: two operators with two counsellors each, two workers. For every page of a
 * bilan, the person entitled to it gets it, and everyone else gets 404 on the very same bilan.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C10")
@Tag("balises-D9")
class BilanAccessTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired BilanLists lists;
	@Autowired Bilans bilans;

	World world;
	CurrentUser worker;
	CurrentUser otherWorker;
	BilanId bilan;
	BilanId otherBilan;

	@BeforeAll
	void buildTheWorld() {
		world = worlds.create();
		worker = world.worker("worker");
		otherWorker = world.worker("other-worker");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
		otherBilan = world.conducted(otherWorker, world.otherOperatorAdmin, world.otherOperator,
				world.otherOperatorCounsellor, "autres raisons", "autres motivations", BilanState.INVESTIGATION);
	}

	record Page(String path, Function<BilanAccessTest, CurrentUser> owner) {
		@Override
		public String toString() {
			return path;
		}
	}

	static List<Page> pages() {
		return List.of(
				new Page("/worker/bilans/{id}", t -> t.worker),
				new Page("/counsellor/bilans/{id}", t -> t.world.counsellor),
				new Page("/counsellor/bilans/{id}/first-meeting", t -> t.world.counsellor),
				new Page("/counsellor/bilans/{id}/sessions", t -> t.world.counsellor),
				new Page("/operator/bilans/{id}", t -> t.world.operatorAdmin),
				new Page("/fund/requests/{id}", t -> t.world.fundOfficer),
				new Page("/fund/bilans/{id}", t -> t.world.fundOfficer));
	}

	List<CurrentUser> everyoneElse(CurrentUser owner) {
		return Stream.of(worker, otherWorker, world.counsellor, world.colleague, world.otherOperatorCounsellor,
				world.otherOperatorColleague, world.operatorAdmin, world.otherOperatorAdmin, world.fundOfficer,
				world.otherFundOfficer, world.platformAdmin).filter(person -> !person.equals(owner)).toList();
	}

	static Stream<Arguments> everyPage() {
		return pages().stream().map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyPage")
	void servesEachBilanPageToItsOwnerAndNobodyElse(Page page) throws Exception {
		String path = page.path().replace("{id}", bilan.toString());
		CurrentUser owner = page.owner().apply(this);

		assertThat(status(get(path), owner)).as("%s for its owner", path).isEqualTo(200);
		for (CurrentUser other : everyoneElse(owner)) {
			assertThat(status(get(path), other)).as("%s for %s", path, other.displayName()).isIn(403, 404);
			if (other.roles().equals(owner.roles())) {
				assertThat(status(get(path), other)).as("%s for %s, same role", path, other.displayName()).isEqualTo(404);
			}
		}
	}

	@Test
	void refusesAnotherCounsellorsMoveAndLeavesTheBilanAsItWas() throws Exception {
		BilanId target = world.investigating(world.worker("mover"), "raisons", "motivations");

		var refused = post("/counsellor/bilans/" + target + "/phase").param("target", "CONCLUSION").with(csrf());
		assertThat(status(refused, world.colleague)).isEqualTo(404);
		assertThat(status(refused, world.otherOperatorCounsellor)).isEqualTo(404);
		assertThat(stateOf(target)).isEqualTo(BilanState.INVESTIGATION);

		var allowed = post("/counsellor/bilans/" + target + "/phase").param("target", "CONCLUSION").with(csrf());
		assertThat(status(allowed, world.counsellor)).isEqualTo(302);
		assertThat(stateOf(target)).isEqualTo(BilanState.CONCLUSION);
	}

	@Test
	void listsOnlyWhatEachPersonMaySee() {
		assertThat(lists.caseload(world.counsellor.id().value(), false, BilanSort.UPDATED, 0, 100).rows())
				.extracting(BilanSummary::id).contains(bilan).doesNotContain(otherBilan);
		assertThat(lists.caseload(world.colleague.id().value(), false, BilanSort.UPDATED, 0, 100).rows()).extracting(BilanSummary::id)
				.doesNotContain(bilan, otherBilan);
		assertThat(lists.ofOperators(java.util.Set.of(world.otherOperator.value()), null, BilanSort.UPDATED, 0, 100).rows())
				.extracting(BilanSummary::id).contains(otherBilan).doesNotContain(bilan);
		assertThat(lists.ofWorker(otherWorker.id().value())).extracting(BilanSummary::id).containsExactly(otherBilan);
	}

	@Test
	void listPagesShowNoOneElsesBilan() throws Exception {
		assertThat(body(get("/counsellor"), world.colleague)).doesNotContain(bilan.toString());
		assertThat(body(get("/counsellor"), world.counsellor)).contains(bilan.toString());
		assertThat(body(get("/operator/bilans"), world.otherOperatorAdmin)).doesNotContain(bilan.toString())
				.contains(otherBilan.toString());
		assertThat(body(get("/worker"), otherWorker)).doesNotContain(bilan.toString()).contains(otherBilan.toString());
		assertThat(body(get("/fund/bilans"), world.fundOfficer)).contains(bilan.toString());
		assertThat(body(get("/fund/bilans"), world.otherFundOfficer)).doesNotContain(bilan.toString());
	}

	private BilanState stateOf(BilanId id) {
		return bilans.summary(id).orElseThrow().state();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser as)
			throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser as)
			throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
