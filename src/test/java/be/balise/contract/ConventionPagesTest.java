package be.balise.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The first meeting's form, the convention's PDF and signature page, and who may open what. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConventionPagesTest {

	static final String PASSWORD = "Signer avec soin 2026";
	static final String MOTIVES = "Motivations-canari-7f3e";

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;
	@Autowired ConventionService conventions;
	@Autowired ConsentService consents;
	@Autowired Conventions rows;
	@Autowired ApplicationContext context;

	World world;

	@BeforeAll
	void world() {
		world = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set max_hours = 24 where id = :id").param("id", world.scheme.id().value()).update();
	}

	@Test
	@Tag("balises-C2")
	void theFirstMeetingRefusesHoursBeyondTheSchemeAndKeepsWhatWasTyped() throws Exception {
		BilanId bilan = atFirstMeeting("heures");

		MvcResult result = perform(post("/counsellor/bilans/" + bilan + "/first-meeting").param("heldOn", LocalDate.now().toString())
				.param("motives", "Garder ce texte").param("plannedHours", "30").param("rhythmWeeks", "2")
				.param("modality", "REMOTE").param("decision", "CONTINUE"), world.counsellor);

		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("Ce dispositif finance au plus 24 heures.", "Garder ce texte", "value=\"30\"",
				"Cochez chaque information donnée", "La convention suppose une démarche volontaire");
		assertThat(rows.find(bilan.value())).isEmpty();
	}

	@Test
	void theFirstMeetingRefusesAFutureDateAndWrongFormats() throws Exception {
		BilanId bilan = atFirstMeeting("dates");

		String page = perform(post("/counsellor/bilans/" + bilan + "/first-meeting")
				.param("heldOn", LocalDate.now().plusDays(2).toString()).param("plannedHours", "douze")
				.param("rhythmWeeks", "12"), world.counsellor).getResponse().getContentAsString();

		assertThat(page).contains("La date ne peut pas être dans le futur.", "Choisissez un rythme dans la liste.",
				"value=\"" + LocalDate.now().plusDays(2) + "\"");
		assertThat(jdbc.sql("select count(*) from first_meeting where bilan_id = :id").param("id", bilan.value())
				.query(Integer.class).single()).isZero();
	}

	@Test
	@Tag("balises-C2")
	void continuingWithoutTheFrameExplainsEachMissingField() throws Exception {
		BilanId bilan = atFirstMeeting("cadre");

		String page = perform(post("/counsellor/bilans/" + bilan + "/first-meeting").param("heldOn", LocalDate.now().toString())
				.param("voluntaryConfirmed", "true").param("decision", "CONTINUE"), world.counsellor).getResponse()
				.getContentAsString();

		assertThat(page).contains("Indiquez les heures prévues", "Choisissez le rythme envisagé",
				"Choisissez la modalité des séances");
	}

	@Test
	void theConventionStatesTheFrameInTheWorkersLanguageWithoutPersonalContent() throws Exception {
		CurrentUser worker = world.worker("pdf");
		BilanId bilan = world.conventionReady(worker, "Raisons-canari-91ab", MOTIVES);

		byte[] pdf = mvc.perform(get("/worker/bilans/" + bilan + "/convention/document").with(user(worker))).andReturn()
				.getResponse().getContentAsByteArray();
		String text = text(pdf);

		assertThat(text).contains("Convention de bilan de compétences", "Heures prévues : 12 h",
				"une séance toutes les 2 semaine(s)", "Modalité : En présentiel", "remis à la personne seule",
				"détruit 12 mois après sa fin", worker.displayName(), "Organisme ");
		assertThat(text).doesNotContain(MOTIVES, "Raisons-canari-91ab");
		assertThat(ConventionSigningTest.sha256(pdf)).isEqualTo(rows.find(bilan.value()).orElseThrow().sha256());
	}

	@Test
	void theSignedCopyIsTheDocumentWithASignaturePage() throws Exception {
		CurrentUser worker = world.worker("copie");
		BilanId bilan = world.conventionReady(worker, "raisons", "motivations");
		String hash = rows.find(bilan.value()).orElseThrow().sha256();
		conventions.sign(worker, bilan, Role.WORKER, hash, PASSWORD);
		conventions.sign(world.fundOfficer, bilan, Role.FUND_OFFICER, hash, PASSWORD);

		byte[] signed = mvc.perform(get("/fund/bilans/" + bilan + "/convention/signed").with(user(world.fundOfficer)))
				.andReturn().getResponse().getContentAsByteArray();
		byte[] original = mvc.perform(get("/fund/bilans/" + bilan + "/convention/document").with(user(world.fundOfficer)))
				.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument copy = Loader.loadPDF(signed); PDDocument document = Loader.loadPDF(original)) {
			assertThat(copy.getNumberOfPages()).isEqualTo(document.getNumberOfPages() + 1);
			var stripper = new PDFTextStripper();
			stripper.setStartPage(copy.getNumberOfPages());
			String page = stripper.getText(copy).replaceAll("\\s+", "");
			assertThat(page).contains("Pagedesignatures", worker.displayName().replaceAll("\\s+", ""),
					world.fundOfficer.displayName().replaceAll("\\s+", ""), "Bénéficiaire", "Gestionnairedufonds", hash);
		}
	}

	@Test
	void onlyThePartiesOfTheBilanOpenItsConvention() throws Exception {
		CurrentUser worker = world.worker("acces");
		BilanId bilan = world.conventionReady(worker, "raisons", MOTIVES);
		String hash = rows.find(bilan.value()).orElseThrow().sha256();
		CurrentUser stranger = world.worker("inconnu");

		for (String suffix : List.of("", "/document", "/signed")) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/convention" + suffix), world.colleague)).isEqualTo(404);
			assertThat(status(get("/counsellor/bilans/" + bilan + "/convention" + suffix), world.otherOperatorCounsellor))
					.isEqualTo(404);
			assertThat(status(get("/operator/bilans/" + bilan + "/convention" + suffix), world.otherOperatorAdmin)).isEqualTo(404);
			assertThat(status(get("/fund/bilans/" + bilan + "/convention" + suffix), world.otherFundOfficer)).isEqualTo(404);
			assertThat(status(get("/worker/bilans/" + bilan + "/convention" + suffix), stranger)).isEqualTo(404);
			assertThat(status(get("/worker/bilans/" + bilan + "/convention" + suffix), worker)).isEqualTo(200);
			assertThat(status(get("/fund/bilans/" + bilan + "/convention" + suffix), world.fundOfficer)).isEqualTo(200);
			assertThat(status(get("/operator/bilans/" + bilan + "/convention" + suffix), world.operatorAdmin)).isEqualTo(200);
		}
		assertThat(status(get("/worker/bilans/" + bilan + "/consent"), stranger)).isEqualTo(404);
		assertThat(mvc.perform(post("/fund/bilans/" + bilan + "/convention/sign").param("sha256", hash)
				.param("password", PASSWORD).with(user(world.otherFundOfficer)).with(csrf())).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/operator/bilans/" + bilan + "/convention/delegate").param("allowed", "true")
				.with(user(world.otherOperatorAdmin)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/worker/bilans/" + bilan + "/consent/withdraw").with(user(stranger)).with(csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(rows.signatures(bilan.value())).isEmpty();
		assertThat(state(bilan)).isEqualTo(BilanState.FIRST_MEETING);
		assertThat(mvc.perform(get("/fund/conventions").with(user(world.otherFundOfficer))).andReturn().getResponse()
				.getContentAsString()).doesNotContain(bilan.toString());
	}

	@Test
	@Tag("balises-D9")
	void theFundAndOperatorPagesShowTheConventionButNeverTheMotives() throws Exception {
		CurrentUser worker = world.worker("vue");
		BilanId bilan = world.conventionReady(worker, "raisons", MOTIVES);

		for (var entry : List.of(List.of("/fund/bilans/", world.fundOfficer), List.of("/operator/bilans/", world.operatorAdmin))) {
			String fragment = mvc.perform(get(entry.get(0) + bilan.toString() + "/convention").with(user((CurrentUser) entry.get(1))))
					.andReturn().getResponse().getContentAsString();
			assertThat(fragment).contains("Convention", rows.find(bilan.value()).orElseThrow().sha256()).doesNotContain(MOTIVES);
		}
		String workerFragment = mvc.perform(get("/worker/bilans/" + bilan + "/convention").with(user(worker))).andReturn()
				.getResponse().getContentAsString();
		assertThat(workerFragment).contains("/worker/bilans/" + bilan + "/consent", "name=\"password\"");
	}

	@Test
	void noPageOrRouteUsesTheShortcut() {
		for (String name : context.getBeanNamesForAnnotation(Controller.class)) {
			Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(context.getBean(name));
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				assertThat(Arrays.asList(constructor.getParameterTypes())).as(type.getName()).doesNotContain(ContractShortcut.class);
			}
		}
	}

	private BilanId atFirstMeeting(String name) {
		CurrentUser worker = world.worker(name);
		BilanId bilan = world.request(worker, "raisons");
		accept(bilan, worker);
		return bilan;
	}

	@Autowired be.balise.request.RequestService requests;
	@Autowired be.balise.assessment.Journey journey;

	private void accept(BilanId bilan, CurrentUser worker) {
		requests.decide(world.fundOfficer, bilan, be.balise.request.RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, world.operator.value());
		journey.assignCounsellor(world.operatorAdmin, bilan, world.counsellor.id().value());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replaceAll(" +", " ");
		}
	}

	private BilanState state(BilanId bilan) {
		return BilanState.valueOf(jdbc.sql("select state from bilan where id = :id").param("id", bilan.value())
				.query(String.class).single());
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf()).locale(Locale.FRENCH)).andReturn();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}
}
