package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The instruments pages end to end: the counsellor assigns RIASEC, the worker answers page by page (saved as they
 * go), submits, and both see the Holland code; nobody else reaches the result; answers are stored encrypted.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-F3")
@Tag("balises-K2")
class InstrumentPagesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired InstrumentService instruments;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;
	UUID assignment;

	@BeforeAll
	void assignAndAnswer() throws Exception {
		world = worlds.create();
		worker = world.worker("instruments");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
		mvc.perform(post("/counsellor/bilans/" + bilan + "/instruments").param("instrument", "riasec")
				.with(user(world.counsellor)).with(csrf()));
		assignment = instruments.list(world.counsellor, bilan).get(0).id();
	}

	@Test
	void theWorkerAnswersPageByPageAndFindsTheAnswersWhenComingBack() throws Exception {
		UUID own = instruments.assign(world.counsellor, bilan, "riasec");
		String base = "/worker/bilans/" + bilan + "/instruments/" + own;
		String first = body(get(base), worker);
		assertThat(first).contains("Contrôler la qualité de pièces").contains("pas à vous sélectionner");

		var answerFirstPage = post(base).param("page", "0").param("go", PageMove.NEXT.name())
				.param("answer.riasec.R1", "5").param("answer.riasec.R2", "2");
		String location = mvc.perform(answerFirstPage.with(user(worker)).with(csrf())).andReturn().getResponse()
				.getRedirectedUrl();
		assertThat(location).isEqualTo(base + "?page=1");
		// Leaving and coming back: the saved answers are checked again.
		String back = body(get(base).param("page", "0"), worker);
		assertThat(back).contains("name=\"answer.riasec.R1\" value=\"5\" checked");
		assertThat(instruments.open(worker, bilan, own, "test").answers()).containsEntry("riasec.R1", 5).hasSize(2);
		assertThat(body(get(base + "/summary"), worker)).contains("2 questions sur 48");
	}

	@Test
	void bothSeeTheHollandCodeOnceSubmittedAndTheSharedReading() throws Exception {
		answerAll(assignment, Map.of("R", 1, "I", 2, "A", 3, "S", 5, "E", 4, "C", 1));
		mvc.perform(post("/worker/bilans/" + bilan + "/instruments/" + assignment + "/submit").with(user(worker)).with(csrf()));
		mvc.perform(post("/counsellor/bilans/" + bilan + "/instruments/" + assignment + "/reading")
				.param("text", "Un profil social et entreprenant.").with(user(world.counsellor)).with(csrf()));

		String workerPage = body(get("/worker/bilans/" + bilan + "/instruments/" + assignment + "/result"), worker);
		String counsellorPage = body(get("/counsellor/bilans/" + bilan + "/instruments/" + assignment), world.counsellor);
		for (String page : List.of(workerPage, counsellorPage)) {
			assertThat(page).contains(">SEA<").contains("<svg").contains("<table class=\"data data--wrap\"")
					.contains("Un profil social et entreprenant.");
		}
	}

	@Test
	void onlyTheWorkerAndTheirCounsellorReachTheResult() throws Exception {
		String counsellorPath = "/counsellor/bilans/" + bilan + "/instruments/" + assignment;
		String workerPath = "/worker/bilans/" + bilan + "/instruments/" + assignment + "/result";
		assertThat(status(counsellorPath, world.counsellor)).isEqualTo(200);
		assertThat(status(workerPath, worker)).isIn(200, 302);
		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor, world.operatorAdmin, world.fundOfficer,
				world.otherFundOfficer)) {
			assertThat(status(counsellorPath, other)).as(other.displayName()).isIn(403, 404);
			assertThat(status("/counsellor/bilans/" + bilan + "/instruments", other)).as(other.displayName()).isIn(403, 404);
		}
		assertThat(status(counsellorPath, world.colleague)).isEqualTo(404);
		assertThat(status(workerPath, world.worker("someone-else"))).isEqualTo(404);
	}

	@Test
	void answersAreStoredEncrypted() {
		instruments.answer(worker, bilan, instruments.assign(world.counsellor, bilan, "big-five"), Map.of("big-five.1", 4));
		List<byte[]> stored = jdbc.sql("select answers from instrument_assignment where bilan_id = :bilan and answers is not null")
				.param("bilan", bilan.value()).query(byte[].class).list();
		assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes)).doesNotContain("big-five.1"));
	}

	private void answerAll(UUID id, Map<String, Integer> byType) {
		Map<String, Integer> answers = new HashMap<>();
		instruments.banks().get("riasec").items().forEach(item -> answers.put(item.id(), byType.get(item.scale())));
		instruments.answer(worker, bilan, id, answers);
	}

	private int status(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser as)
			throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
