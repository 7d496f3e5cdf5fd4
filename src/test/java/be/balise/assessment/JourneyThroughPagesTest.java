package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The thin journey as each person clicks it, page by page, from the request to the closure. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyThroughPagesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired Bilans bilans;
	@Autowired BilanLists lists;

	static final String PASSWORD = "Un mot de passe pour signer 42";

	World world;

	@BeforeAll
	void world() {
		world = worlds.createWithPassword(PASSWORD);
	}

	@Test
	void walksFromTheRequestToTheClosure() throws Exception {
		CurrentUser worker = world.worker("walker");
		BilanId bilan = submit(worker, UUID.randomUUID());
		assertThat(state(bilan)).isEqualTo(BilanState.REQUESTED);

		perform(post("/fund/requests/" + bilan + "/decision").param("choice", "ACCEPT"), world.fundOfficer);
		perform(post("/worker/bilans/" + bilan + "/operator").param("operator", world.operator.value().toString()), worker);
		perform(post("/operator/bilans/" + bilan + "/assign").param("counsellor", world.counsellor.id().toString()),
				world.operatorAdmin);
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);

		perform(post("/counsellor/bilans/" + bilan + "/first-meeting").param("heldOn", "2026-01-05")
				.param("presentedOperator", "true").param("presentedProcess", "true").param("presentedMethods", "true")
				.param("presentedTools", "true").param("voluntaryConfirmed", "true").param("motives", "Faire le point")
				.param("plannedHours", "12").param("rhythmWeeks", "2").param("modality", "IN_PERSON")
				.param("decision", "CONTINUE"), world.counsellor);
		String hash = sha256(mvc.perform(get("/worker/bilans/" + bilan + "/convention/document").with(user(worker)))
				.andReturn().getResponse().getContentAsByteArray());
		perform(post("/worker/bilans/" + bilan + "/convention/sign").param("sha256", hash).param("password", PASSWORD), worker);
		perform(post("/operator/bilans/" + bilan + "/convention/sign").param("sha256", hash).param("password", PASSWORD),
				world.operatorAdmin);
		perform(post("/fund/bilans/" + bilan + "/convention/sign").param("sha256", hash).param("password", PASSWORD),
				world.fundOfficer);
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);
		perform(post("/worker/bilans/" + bilan + "/consent").param("charter", "true").param("consent", "true"), worker);
		assertThat(state(bilan)).isEqualTo(BilanState.CONTRACTED);
		for (String phase : new String[] { "PRELIMINARY", "INVESTIGATION", "CONCLUSION" }) {
			perform(post("/counsellor/bilans/" + bilan + "/phase").param("target", phase), world.counsellor);
		}
		perform(post("/counsellor/bilans/" + bilan + "/phase").param("target", "INVESTIGATION").param("reason",
				"Explorer encore une piste"), world.counsellor);
		perform(post("/counsellor/bilans/" + bilan + "/phase").param("target", "CONCLUSION"), world.counsellor);
		perform(post("/counsellor/bilans/" + bilan + "/phase").param("target", "FOLLOW_UP"), world.counsellor);
		perform(post("/counsellor/bilans/" + bilan + "/closure").param("note", "Projet engagé, suivi fait."), world.counsellor);

		assertThat(state(bilan)).isEqualTo(BilanState.CLOSED);
		assertThat(bilans.history(bilan)).extracting(HistoryEntry::to).containsSubsequence(BilanState.REQUESTED,
				BilanState.ELIGIBLE, BilanState.OPERATOR_CHOSEN, BilanState.FIRST_MEETING, BilanState.CONTRACTED,
				BilanState.PRELIMINARY, BilanState.INVESTIGATION, BilanState.CONCLUSION, BilanState.INVESTIGATION,
				BilanState.CONCLUSION, BilanState.FOLLOW_UP, BilanState.CLOSED);
	}

	static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void tellsTheCounsellorWhyAMoveIsRefused() throws Exception {
		BilanId bilan = world.investigating(world.worker("refused"), "raisons", "motivations");

		MvcResult result = perform(post("/counsellor/bilans/" + bilan + "/phase").param("target", "PRELIMINARY"),
				world.counsellor);

		assertThat(result.getFlashMap().get("problem")).isEqualTo("assessment.refused.reasonRequired");
		assertThat(state(bilan)).isEqualTo(BilanState.INVESTIGATION);
	}

	@Test
	void suspendsAndResumesWhereItStopped() throws Exception {
		BilanId bilan = world.investigating(world.worker("pause"), "raisons", "motivations");

		perform(post("/counsellor/bilans/" + bilan + "/suspend").param("reason", "Congé parental"), world.counsellor);
		assertThat(state(bilan)).isEqualTo(BilanState.SUSPENDED);
		perform(post("/counsellor/bilans/" + bilan + "/resume"), world.counsellor);

		assertThat(state(bilan)).isEqualTo(BilanState.INVESTIGATION);
	}

	@Test
	void letsTheWorkerAbandonAtAnyTime() throws Exception {
		CurrentUser worker = world.worker("leaver");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		perform(post("/worker/bilans/" + bilan + "/abandon"), worker);

		assertThat(state(bilan)).isEqualTo(BilanState.ABANDONED);
	}

	@Test
	void aRequestSentTwiceMakesOneBilan() throws Exception {
		CurrentUser worker = world.worker("double-click");
		UUID key = UUID.randomUUID();

		BilanId first = submit(worker, key);
		BilanId second = submit(worker, key);

		assertThat(second).isEqualTo(first);
		assertThat(lists.ofWorker(worker.id().value())).hasSize(1);
	}

	@Test
	void ignoresOwnerAndStateFieldsSentWithTheRequest() throws Exception {
		CurrentUser worker = world.worker("sly");
		CurrentUser victim = world.worker("victim");

		perform(requestForm(UUID.randomUUID()).param("workerId", victim.id().toString()).param("state", "CLOSED")
				.param("fundId", UUID.randomUUID().toString()), worker);

		assertThat(lists.ofWorker(victim.id().value())).isEmpty();
		assertThat(lists.ofWorker(worker.id().value())).singleElement().extracting(BilanSummary::state)
				.isEqualTo(BilanState.REQUESTED);
	}

	@Test
	void keepsWhatTheWorkerTypedWhenAFieldIsRefused() throws Exception {
		CurrentUser worker = world.worker("typo");

		String page = perform(requestForm(UUID.randomUUID()).param("companyNumber", "12"), worker).getResponse()
				.getContentAsString();

		assertThat(page).contains("Je voudrais changer de métier").contains("field-error");
		assertThat(lists.ofWorker(worker.id().value())).isEmpty();
	}

	@Test
	void reopensTheRequestOnlyWhenTheFundAskedAQuestion() throws Exception {
		CurrentUser worker = world.worker("question");
		BilanId bilan = submit(worker, UUID.randomUUID());

		assertThat(perform(get("/worker/bilans/" + bilan + "/request"), worker).getResponse().getRedirectedUrl())
				.isEqualTo("/worker/bilans/" + bilan);
		perform(post("/fund/requests/" + bilan + "/decision").param("choice", "ASK").param("note", "Quel est votre statut ?"),
				world.fundOfficer);
		String form = perform(get("/worker/bilans/" + bilan + "/request"), worker).getResponse().getContentAsString();
		assertThat(form).contains("Quel est votre statut ?").contains("Je voudrais changer de métier");

		perform(post("/worker/bilans/" + bilan + "/request").param("schemeId", world.scheme.id().toString())
				.param("submissionKey", UUID.randomUUID().toString()).param("jointCommittee", "319.02")
				.param("companyNumber", "0412.345.678").param("workStatus", "PART_TIME").param("reasons", "Précisé")
				.param("language", "fr").param("region", "Namur").param("modality", "EITHER").param("experienceYears", "9")
				.param("residenceRegion", "WALLONIA"), worker);

		assertThat(state(bilan)).isEqualTo(BilanState.REQUESTED);
	}

	@Test
	void showsTheCaseloadPageOfTheCounsellor() throws Exception {
		BilanId bilan = world.investigating(world.worker("listed"), "raisons", "motivations");

		String page = mvc.perform(get("/counsellor").with(user(world.counsellor))).andReturn().getResponse()
				.getContentAsString();

		assertThat(page).contains("/counsellor/bilans/" + bilan);
	}

	private BilanId submit(CurrentUser worker, UUID key) throws Exception {
		MvcResult result = perform(requestForm(key), worker);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/worker/bilans/");
		return new BilanId(UUID.fromString(location.substring("/worker/bilans/".length())));
	}

	private MockHttpServletRequestBuilder requestForm(UUID key) {
		return post("/worker/requests").param("schemeId", world.scheme.id().toString())
				.param("submissionKey", key.toString()).param("jointCommittee", "319.02")
				.param("companyNumber", "0412.345.678").param("workStatus", "FULL_TIME")
				.param("reasons", "Je voudrais changer de métier").param("language", "fr").param("region", "Namur")
				.param("modality", "EITHER").param("experienceYears", "9").param("residenceRegion", "WALLONIA");
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn();
	}

	private BilanState state(BilanId bilan) {
		return bilans.summary(bilan).orElseThrow().state();
	}
}
