package be.balise.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanLists;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The end of the journey through the pages: conclusion → appraisal → follow-up (interview planned and agreed,
 * self-assessment, record, referral) → closed with a closing note; or conclusion → closed when the scheme has no
 * follow-up interview. Nobody else reaches any of it.
 */
@FullStackTest
@Tag("balises-F6")
class FollowUpJourneyTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired BilanLists lists;
	@Autowired FollowUpService followUps;
	@Autowired JdbcClient jdbc;
	@Autowired be.balise.assessment.ContentRegistry registry;
	@Autowired be.balise.reference.Lexicon lexicon;

	@Test
	@Tag("balises-C9")
	@Tag("balises-D8")
	void conclusionAppraisalFollowUpAndClosure() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("suivi");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		String w = "/worker/bilans/" + bilan;
		String c = "/counsellor/bilans/" + bilan;
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);

		// the appraisal at the end of the conclusion
		assertThat(status(post(w + "/appraisal").param("clarity", "5").param("relationship", "5").param("methods", "4")
				.param("synthesis", "4").param("recommend", "5").param("comment", "Très utile pour moi").with(csrf()), worker)).isEqualTo(302);
		// closing before the follow-up is refused when the scheme has one
		assertThat(status(post(c + "/closure").param("note", "Trop tôt").with(csrf()), world.counsellor)).isEqualTo(302);
		assertThat(state(worker, bilan)).isEqualTo(BilanState.CONCLUSION);

		// the date is agreed around a key moment, then the bilan moves to follow-up
		String date = LocalDate.now().plusMonths(3).toString();
		assertThat(status(post(c + "/follow-up").param("number", "1").param("date", date).param("time", "14:30")
				.param("moment", "Fin de la formation de menuiserie").with(csrf()), world.counsellor)).isEqualTo(302);
		assertThat(status(post(c + "/follow-up").param("number", "2").param("date", date).param("time", "14:30")
				.param("moment", "Un second entretien que le dispositif ne prévoit pas").with(csrf()), world.counsellor)).isEqualTo(302);
		journey.moveToPhase(world.counsellor, bilan, BilanState.FOLLOW_UP, null);
		UUID interview = followUps.read(world.counsellor, bilan).get(0).id();
		assertThat(followUps.read(world.counsellor, bilan)).hasSize(1);
		assertThat(body(get(w + "/follow-up"), worker)).contains("Fin de la formation de menuiserie").contains("/agree");
		assertThat(status(post(w + "/follow-up/" + interview + "/agree").with(csrf()), worker)).isEqualTo(302);
		assertThat(followUps.read(worker, bilan).get(0).agreed()).isTrue();

		// the worker's self-assessment, read by the counsellor
		assertThat(body(get(w + "/follow-up/" + interview + "/self-assessment"), worker)).contains("name=\"progress\"");
		assertThat(status(post(w + "/follow-up/" + interview + "/self-assessment").param("progress", "J’ai commencé la formation")
				.param("learnt", "J’avance mieux avec des échéances").param("obstacles", "Les horaires").param("needs", "Un contact dans un atelier")
				.with(csrf()), worker)).isEqualTo(302);
		assertThat(body(get(c + "/follow-up"), world.counsellor)).contains("J’ai commencé la formation").contains("Un contact dans un atelier");

		// the record, with a referral for help carrying out the plan
		assertThat(status(post(c + "/follow-up/" + interview + "/record").param("record", "Le projet avance ; besoin d’un soutien pour la recherche d’atelier")
				.param("referralCode", "JOB_COACHING").param("referralNote", "Orientée vers un job coach").with(csrf()),
				world.counsellor)).isEqualTo(302);
		assertThat(followUps.read(world.counsellor, bilan).get(0).held()).isTrue();
		String jobCoaching = lexicon.find("JOB_COACHING").orElseThrow().name(java.util.Locale.FRENCH);
		assertThat(body(get(w + "/follow-up"), worker)).contains(jobCoaching).contains("Orientée vers un job coach");

		// the closing note; the bilan is closed (not referred) and its final time starts the retention clock
		assertThat(status(post(c + "/closure").param("note", "Bilan terminé, projet en bonne voie").with(csrf()), world.counsellor))
				.isEqualTo(302);
		assertThat(state(worker, bilan)).isEqualTo(BilanState.CLOSED);
		assertThat(lists.ofWorker(worker.id().value()).get(0).finalAt()).isNotNull();
		assertThat(body(get(w + "/follow-up"), worker)).contains("Bilan terminé, projet en bonne voie");
		var export = registry.export(bilan);
		assertThat(export.get(Closure.KIND)).anyMatch(row -> "Bilan terminé, projet en bonne voie".equals(row.get("note")));
		assertThat(export.get(FollowUpService.SELF_KIND)).anyMatch(row -> "Les horaires".equals(row.get("obstacles")));
		assertThat(export.get(FollowUpService.REFERRAL_KIND)).anyMatch(row -> "JOB_COACHING".equals(row.get("code"))
				&& "Orientée vers un job coach".equals(row.get("note")));
		assertThat(export.get(AppraisalService.COMMENT_KIND)).anyMatch(row -> "Très utile pour moi".equals(row.get("comment")));
		// the texts are encrypted in the database
		assertThat(jdbc.sql("select count(*) from follow_up_text where bilan_id = :b and encode(ciphertext, 'escape') like '%menuiserie%'")
				.param("b", bilan.value()).query(Long.class).single()).isZero();
	}

	@Test
	void aSchemeWithoutFollowUpClosesFromTheConclusion() throws Exception {
		World world = worlds.create();
		jdbc.sql("update scheme set follow_up_interviews = 0 where id = :id").param("id", world.scheme.id().value()).update();
		CurrentUser worker = world.worker("sans-suivi");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		String c = "/counsellor/bilans/" + bilan;
		assertThat(body(get(c + "/follow-up"), world.counsellor)).contains("action=\"" + c + "/closure\"").doesNotContain("plan-date");

		assertThat(status(post(c + "/closure").param("note", "").with(csrf()), world.counsellor)).isEqualTo(200);
		assertThat(state(worker, bilan)).isEqualTo(BilanState.CONCLUSION);
		assertThat(status(post(c + "/closure").param("note", "Fin du bilan, pas de suivi prévu").with(csrf()), world.counsellor))
				.isEqualTo(302);
		assertThat(state(worker, bilan)).isEqualTo(BilanState.CLOSED);
	}

	@Test
	void nobodyElseReachesTheFollowUp() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("suivi-prive");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		var form = new PlanForm();
		form.setDate(LocalDate.now().plusMonths(2));
		form.setMoment("Premier mois dans le nouveau poste");
		UUID interview = followUps.plan(world.counsellor, bilan, form);
		String w = "/worker/bilans/" + bilan;
		String c = "/counsellor/bilans/" + bilan;

		for (CurrentUser outsider : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get(c + "/follow-up"), outsider)).isEqualTo(404);
			assertThat(status(post(c + "/follow-up/" + interview + "/record").param("record", "x").with(csrf()), outsider)).isEqualTo(404);
			assertThat(status(post(c + "/closure").param("note", "x").with(csrf()), outsider)).isEqualTo(404);
		}
		CurrentUser otherWorker = world.worker("intrus");
		assertThat(status(get(w + "/follow-up"), otherWorker)).isEqualTo(404);
		assertThat(status(get(w + "/follow-up/" + interview + "/self-assessment"), otherWorker)).isEqualTo(404);
		assertThat(status(post(w + "/follow-up/" + interview + "/agree").with(csrf()), otherWorker)).isEqualTo(404);
		assertThat(status(post(w + "/retention-extension").param("agree", "true").param("months", "1").param("password", "x")
				.with(csrf()), otherWorker)).isEqualTo(404);
		for (CurrentUser staff : List.of(world.operatorAdmin, world.fundOfficer, world.otherOperatorAdmin, world.otherFundOfficer,
				world.platformAdmin)) {
			assertThat(status(get(c + "/follow-up"), staff)).isIn(403, 404);
			assertThat(status(get(w + "/follow-up"), staff)).isIn(403, 404);
		}
		// the fund officer's and the operator admin's pages show aggregates only, never a moment or a name
		assertThat(body(get("/fund/appraisals"), world.fundOfficer)).doesNotContain("Premier mois dans le nouveau poste")
				.doesNotContain(worker.displayName());
		assertThat(body(get("/operator/appraisals"), world.operatorAdmin)).doesNotContain("Premier mois dans le nouveau poste")
				.doesNotContain(worker.displayName());
	}

	private BilanState state(CurrentUser worker, BilanId bilan) {
		return lists.ofWorker(worker.id().value()).stream().filter(row -> row.id().equals(bilan)).findFirst().orElseThrow().state();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
