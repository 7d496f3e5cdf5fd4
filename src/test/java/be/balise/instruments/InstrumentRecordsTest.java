package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What instruments2 added, end to end: the result as PDF, answers entered together during a session, the card
 * sort, the skills portfolio and external tests; each reached only by the bilan's worker and counsellor, and
 * stored encrypted.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-F3")
class InstrumentRecordsTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired InstrumentService instruments;
	@Autowired PortfolioService portfolio;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;
	UUID riasec;

	@BeforeAll
	void aSubmittedRiasec() {
		world = worlds.create();
		worker = world.worker("records");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
		riasec = instruments.assign(world.counsellor, bilan, "riasec");
		Map<String, Integer> byType = Map.of("R", 1, "I", 2, "A", 3, "S", 5, "E", 4, "C", 1);
		Map<String, Integer> answers = new HashMap<>();
		instruments.banks().get("riasec").items().forEach(item -> answers.put(item.id(), byType.get(item.scale())));
		instruments.answer(worker, bilan, riasec, answers);
		instruments.submit(worker, bilan, riasec);
		instruments.writeSharedReading(world.counsellor, bilan, riasec, "Lecture partagée du profil social.");
	}

	@Test
	void theResultPdfShowsTheScaleNamesScoresHollandCodeAndReading() throws Exception {
		for (var reader : List.of(worker, world.counsellor)) {
			String side = reader == worker ? "/worker" : "/counsellor";
			MockHttpServletResponse response = mvc.perform(get(side + "/bilans/" + bilan + "/instruments/" + riasec + "/pdf")
					.with(user(reader))).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("application/pdf");
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
			String text;
			try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
				text = new PDFTextStripper().getText(document);
			}
			assertThat(text).contains("Intérêts professionnels (RIASEC)", "SEA", "Réaliste", "Investigateur", "Artistique",
					"Social", "Entreprenant", "Conventionnel", "5.00", "4.00", "3.00", "2.00", "1.00",
					"Lecture partagée du profil social.", "pas à vous sélectionner");
		}
	}

	@Test
	void theResultPageDrawsTheHexagonAndOffersThePdf() throws Exception {
		String page = body(get("/worker/bilans/" + bilan + "/instruments/" + riasec + "/result"), worker);
		assertThat(page).contains("class=\"hexagon\"").contains("<polygon").contains("/pdf\"")
				.contains("class=\"table-wrap\" tabindex=\"0\"");
	}

	@Test
	void onlyTheWorkerAndTheirCounsellorGetThePdf() throws Exception {
		String counsellorPath = "/counsellor/bilans/" + bilan + "/instruments/" + riasec + "/pdf";
		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor, world.operatorAdmin, world.fundOfficer)) {
			assertThat(status(get(counsellorPath), other)).as(other.displayName()).isIn(403, 404);
			assertThat(status(get("/worker/bilans/" + bilan + "/instruments/" + riasec + "/pdf"), other)).isIn(403, 404);
		}
		assertThat(status(get(counsellorPath), world.colleague)).isEqualTo(404);
		assertThat(status(get("/worker/bilans/" + bilan + "/instruments/" + riasec + "/pdf"), world.worker("not-mine"))).isEqualTo(404);
	}

	@Test
	void theCounsellorFillsItInWithTheWorkerAndTheResultSaysSo() throws Exception {
		UUID bigFive = instruments.assign(world.counsellor, bilan, "big-five");
		String base = "/counsellor/bilans/" + bilan + "/instruments/" + bigFive;
		assertThat(body(get(base), world.counsellor)).contains(base + "/answer");
		String page = body(get(base + "/answer"), world.counsellor);
		assertThat(page).contains("pendant un entretien").contains("name=\"answer.big-five.1\"");
		var save = post(base + "/answer").param("page", "0").param("go", PageMove.SUMMARY.name());
		instruments.banks().get("big-five").items().forEach(item -> save.param("answer." + item.id(), "4"));
		assertThat(mvc.perform(save.with(user(world.counsellor)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo(base + "/answer/summary");
		assertThat(body(get(base + "/answer/summary"), world.counsellor)).contains("50 questions sur 50");
		mvc.perform(post(base + "/answer/submit").with(user(world.counsellor)).with(csrf()));
		String result = body(get("/worker/bilans/" + bilan + "/instruments/" + bigFive + "/result"), worker);
		assertThat(result).contains("Rempli ensemble pendant un entretien").contains("<svg");
		assertThat(instruments.open(worker, bilan, bigFive, "test").enteredTogether()).isTrue();
		assertThat(instruments.open(worker, bilan, riasec, "test").enteredTogether()).isFalse();
		// Another counsellor cannot enter answers.
		UUID open = instruments.assign(world.counsellor, bilan, "big-five");
		assertThat(status(get("/counsellor/bilans/" + bilan + "/instruments/" + open + "/answer"), world.colleague)).isEqualTo(404);
		assertThat(status(post("/counsellor/bilans/" + bilan + "/instruments/" + open + "/answer").param("page", "0")
				.param("go", "NEXT").param("answer.big-five.1", "2").with(csrf()), world.otherOperatorCounsellor)).isEqualTo(404);
		assertThat(instruments.open(worker, bilan, open, "test").answers()).isEmpty();
	}

	@Test
	void workValuesAreSortedIntoColumnsWithASelectPerCard() throws Exception {
		UUID values = instruments.assign(world.counsellor, bilan, "work-values");
		String base = "/worker/bilans/" + bilan + "/instruments/" + values;
		mvc.perform(post(base).param("page", "0").param("go", PageMove.NEXT.name()).param("answer.work-values.achievement.1", "4")
				.with(user(worker)).with(csrf()));
		String page = body(get(base).param("page", "0"), worker);
		assertThat(page).contains("<select id=\"card-work-values.achievement.1\" name=\"answer.work-values.achievement.1\">")
				.contains("<option value=\"4\" selected>Essentiel</option>").contains("Vos cartes par colonne");
	}

	@Test
	void theWorkerAndTheCounsellorBuildThePortfolioAndReadItBySkill() throws Exception {
		String workerBase = "/worker/bilans/" + bilan + "/portfolio";
		String counsellorBase = "/counsellor/bilans/" + bilan + "/portfolio";
		mvc.perform(post(workerBase + "/experiences").param("kind", "WORK").param("title", "Magasinière chez Logis")
				.param("startedOn", "2015-03-01").param("endedOn", "2021-08-31").param("description", "Réception et stock")
				.with(user(worker)).with(csrf()));
		mvc.perform(post(counsellorBase + "/experiences").param("kind", "VOLUNTEERING").param("title", "Trésorière du club de foot")
				.param("startedOn", "2018-09-01").with(user(world.counsellor)).with(csrf()));
		var experiences = portfolio.experiences(worker, bilan);
		assertThat(experiences).extracting(Experience::title).containsExactly("Trésorière du club de foot", "Magasinière chez Logis");
		for (var experience : experiences) {
			mvc.perform(post(workerBase + "/skills").param("experience", experience.id().toString()).param("name", "Tenir un budget ")
					.param("level", "3").param("nature", "PROFESSIONAL").param("transferable", "true")
					.param("evidence", "Comptes tenus sans erreur").with(user(worker)).with(csrf()));
		}
		String byExperience = body(get(counsellorBase), world.counsellor);
		assertThat(byExperience).contains("Magasinière chez Logis").contains("Trésorière du club de foot").contains("Depuis le")
				.contains("Comptes tenus sans erreur");
		String bySkill = body(get(workerBase).param("view", "skills"), worker);
		assertThat(bySkill.split("<th scope=\"row\">Tenir un budget</th>", -1)).hasSize(2);
		assertThat(bySkill).contains("3 sur 4");
		List<byte[]> stored = jdbc.sql("select title from portfolio_experience where bilan_id = :bilan")
				.param("bilan", bilan.value()).query(byte[].class).list();
		assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Logis"));
	}

	@Test
	void aRefusedExperienceShowsTheMessagesBesideTheFieldsAndKeepsTheValues() throws Exception {
		var response = mvc.perform(post("/worker/bilans/" + bilan + "/portfolio/experiences").param("kind", "LIFE")
				.param("title", "Aidant proche").param("startedOn", "2020-05-01").param("endedOn", "2019-01-01")
				.with(user(worker)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("La fin ne peut pas précéder le début.")
				.contains("value=\"Aidant proche\"").contains("value=\"LIFE\" checked");
	}

	@Test
	void onlyTheWorkerAndTheirCounsellorReachThePortfolio() throws Exception {
		String path = "/counsellor/bilans/" + bilan + "/portfolio";
		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor, world.operatorAdmin, world.fundOfficer)) {
			assertThat(status(get(path), other)).as(other.displayName()).isIn(403, 404);
			assertThat(status(post(path + "/experiences").param("kind", "WORK").param("title", "Intrus")
					.param("startedOn", "2020-01-01").with(csrf()), other)).as(other.displayName()).isIn(403, 404);
		}
		assertThat(status(get("/worker/bilans/" + bilan + "/portfolio"), world.worker("not-mine-either"))).isEqualTo(404);
		assertThat(portfolio.experiences(worker, bilan)).extracting(Experience::title).doesNotContain("Intrus");
	}

	@Test
	void theCounsellorRecordsAnExternalTestWithItsReportAndTheWorkerReadsIt() throws Exception {
		String base = "/counsellor/bilans/" + bilan + "/external-tests";
		var report = new MockMultipartFile("report", "rapport-mbti.txt", "text/plain",
				"Rapport du test : préférences ENFP".getBytes(StandardCharsets.UTF_8));
		var response = mvc.perform(multipart(base).file(report).param("name", "MBTI").param("publisher", "The Myers-Briggs Company")
				.param("testVersion", "Forme M").param("takenOn", "2026-01-15").param("administrator", "Cabinet Horizon")
				.param("scores", "ENFP").with(user(world.counsellor)).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo(base);
		UUID test = jdbc.sql("select id from external_test where bilan_id = :bilan").param("bilan", bilan.value())
				.query(UUID.class).single();
		mvc.perform(post(base + "/" + test + "/reading").param("text", "Une préférence pour le contact, à nuancer.")
				.with(user(world.counsellor)).with(csrf()));
		String workerPage = body(get("/worker/bilans/" + bilan + "/external-tests"), worker);
		assertThat(workerPage).contains("MBTI").contains("ENFP").contains("Cabinet Horizon").contains("Forme M")
				.contains("Une préférence pour le contact, à nuancer.").doesNotContain("name=\"scores\"");
		var download = mvc.perform(get("/worker/bilans/" + bilan + "/external-tests/" + test + "/report").with(user(worker)))
				.andReturn().getResponse();
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getContentAsString(StandardCharsets.UTF_8)).contains("préférences ENFP");
		// Nobody else: not another counsellor, not the operator admin, not the fund; the worker cannot record.
		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor, world.operatorAdmin, world.fundOfficer)) {
			assertThat(status(get(base), other)).as(other.displayName()).isIn(403, 404);
			assertThat(status(get(base + "/" + test + "/report"), other)).as(other.displayName()).isIn(403, 404);
		}
		assertThat(status(post(base).param("name", "Faux").param("takenOn", "2026-01-01").param("scores", "x").with(csrf()), worker))
				.isIn(403, 404);
		List<byte[]> stored = jdbc.sql("select scores from external_test where bilan_id = :bilan").param("bilan", bilan.value())
				.query(byte[].class).list();
		assertThat(stored).allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("ENFP"));
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
