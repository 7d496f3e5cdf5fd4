package be.balise.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.BilanViews;
import be.balise.assessment.Journey;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.reference.Lexicon;
import be.balise.request.RequestService;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Referral at the first meeting: the counsellor uses the helper and refers the bilan to a scheme of the lexicon with
 * a note; the bilan ends as referred with the scheme named; the worker gets that scheme's description by e-mail in
 * their language and on their bilan page; nobody else may refer it or read it.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-D8")
@Tag("balises-C3")
class ReferralTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired RequestService requests;
	@Autowired Journey journey;
	@Autowired AccountService accounts;
	@Autowired BilanViews views;
	@Autowired Lexicon lexicon;
	@Autowired JdbcClient jdbc;

	World world;

	@BeforeAll
	void aWorld() {
		world = worlds.create();
	}

	@Test
	void theCounsellorRefersAndTheWorkerReceivesTheSchemesDescriptionInTheirLanguage() throws Exception {
		CurrentUser worker = dutchWorker("referral-nl");
		BilanId bilan = atFirstMeeting(worker);

		String page = body(get(counsellorPath(bilan)).param("initiative", "EMPLOYER").param("situation", "DISMISSED")
				.param("aim", "CARRY_OUT").param("region", "BRUSSELS"), world.counsellor);
		assertThat(page).contains("id=\"suggested-OUTPLACEMENT\"").contains("value=\"OUTPLACEMENT\" required checked");

		var response = mvc.perform(post(counsellorPath(bilan)).with(csrf()).with(user(world.counsellor))
				.param("scheme", "OUTPLACEMENT").param("note", "Ontslag op komst: outplacement past beter.")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/counsellor/bilans/" + bilan);
		var view = views.view(world.counsellor, bilan, Locale.FRENCH);
		assertThat(view.bilan().state()).isEqualTo(BilanState.REFERRED);
		assertThat(view.history()).anySatisfy(entry -> {
			assertThat(entry.to()).isEqualTo(BilanState.REFERRED);
			assertThat(entry.detail()).isEqualTo("OUTPLACEMENT");
			assertThat(entry.reason()).isEqualTo("Ontslag op komst: outplacement past beter.");
		});

		var mail = jdbc.sql("select subject, body, bilan_id from outbox_message where recipient = :to and subject like '%Outplacement%'")
				.param("to", worker.email()).query((rs, row) -> new String[] { rs.getString("subject"), rs.getString("body"),
						rs.getString("bilan_id") }).single();
		String dutchDescription = lexicon.find("OUTPLACEMENT").orElseThrow().text("nl").description();
		assertThat(mail[0]).contains("Outplacement");
		assertThat(mail[1]).contains(dutchDescription.lines().findFirst().orElseThrow()).contains("cnt-nar.be (https://www.cnt-nar.be)")
				.contains("/worker/bilans/" + bilan).doesNotContain("Ontslag op komst");
		assertThat(mail[2]).isEqualTo(bilan.toString());

		String fragment = body(get("/worker/bilans/" + bilan + "/referral").header("Accept-Language", "nl"), worker);
		assertThat(fragment).contains("id=\"referral\"").contains("/reference/schemes/OUTPLACEMENT").contains("Outplacement");
		assertThat(body(get("/worker/bilans/" + bilan), worker)).contains("/worker/bilans/" + bilan + "/referral");
	}

	@Test
	void anotherCounsellorAnotherWorkerAndTheFundGetNothing() throws Exception {
		CurrentUser worker = world.worker("referral-guarded");
		BilanId bilan = atFirstMeeting(worker);

		for (CurrentUser stranger : new CurrentUser[] { world.colleague, world.otherOperatorCounsellor }) {
			assertThat(status(get(counsellorPath(bilan)), stranger)).isEqualTo(404);
			assertThat(status(post(counsellorPath(bilan)).with(csrf()).param("scheme", "COACHING"), stranger)).isEqualTo(404);
		}
		assertThat(status(get("/worker/bilans/" + bilan + "/referral"), world.worker("someone-else"))).isEqualTo(404);
		assertThat(status(get(counsellorPath(bilan)), world.fundOfficer)).isEqualTo(403);
		assertThat(status(get(counsellorPath(bilan)), world.operatorAdmin)).isEqualTo(403);
		assertThat(views.view(world.counsellor, bilan, Locale.FRENCH).bilan().state()).isEqualTo(BilanState.FIRST_MEETING);
		assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to and subject like '%dispositif pour votre demande%'")
				.param("to", worker.email()).query(Integer.class).single()).isZero();
	}

	@Test
	void aSchemeOutsideTheLexiconOrTheBilanItselfIsRefusedAndTheNoteIsKept() throws Exception {
		BilanId bilan = atFirstMeeting(world.worker("referral-invalid"));

		for (String scheme : new String[] { "BILAN", "MADE_UP", "" }) {
			MockHttpServletResponse response = mvc.perform(post(counsellorPath(bilan)).with(csrf()).with(user(world.counsellor))
					.param("scheme", scheme).param("note", "Une note à garder")).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(422);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Une note à garder").contains("field--error");
		}
		String tooLong = "x".repeat(2001);
		assertThat(mvc.perform(post(counsellorPath(bilan)).with(csrf()).with(user(world.counsellor)).param("scheme", "COACHING")
				.param("note", tooLong)).andReturn().getResponse().getStatus()).isEqualTo(422);
		assertThat(views.view(world.counsellor, bilan, Locale.FRENCH).bilan().state()).isEqualTo(BilanState.FIRST_MEETING);
	}

	@Test
	void aBilanPastTheFirstMeetingIsNotReferred() throws Exception {
		CurrentUser worker = world.worker("referral-late");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(body(get(counsellorPath(bilan)), world.counsellor)).doesNotContain("id=\"refer-confirm\"");
		var result = mvc.perform(post(counsellorPath(bilan)).with(csrf()).with(user(world.counsellor)).param("scheme", "COACHING"))
				.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("problem")).isNotNull();
		assertThat(views.view(world.counsellor, bilan, Locale.FRENCH).bilan().state()).isEqualTo(BilanState.INVESTIGATION);
		assertThat(body(get("/worker/bilans/" + bilan + "/referral"), worker)).doesNotContain("/reference/schemes/");
	}

	private CurrentUser dutchWorker(String name) {
		var id = accounts.createWithHash(name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.balise.be",
				"Worker " + name, "{noop}unusable", Locale.forLanguageTag("nl"), Set.of(Role.WORKER));
		return accounts.findById(id).orElseThrow();
	}

	private BilanId atFirstMeeting(CurrentUser worker) {
		BilanId bilan = world.request(worker, "Je voudrais changer de voie.");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, world.operator.value());
		journey.assignCounsellor(world.operatorAdmin, bilan, world.counsellor.id().value());
		return bilan;
	}

	private static String counsellorPath(BilanId bilan) {
		return "/counsellor/bilans/" + bilan + "/referral";
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		var response = mvc.perform(request.with(user(as))).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
