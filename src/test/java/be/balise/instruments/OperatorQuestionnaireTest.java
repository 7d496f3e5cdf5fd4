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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An operator admin builds a questionnaire in the UI, publishes it; their counsellors assign it and the worker's
 * answers are scored on the same engine (reverse keys, mean or sum). Another operator neither sees nor assigns it.
 */
@FullStackTest
class OperatorQuestionnaireTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired InstrumentService instruments;
	@Autowired JdbcClient jdbc;

	@Test
	void theAdminBuildsAndPublishesTheCounsellorAssignsAndTheAnswersAreScored() throws Exception {
		World world = worlds.create();
		UUID questionnaire = build(world.operatorAdmin, world.operator.value(), "MEAN");
		String code = jdbc.sql("select code from operator_questionnaire where id = :id").param("id", questionnaire)
				.query(String.class).single();
		assertThat(body(get("/operator/questionnaires"), world.operatorAdmin)).contains("Mon rapport au changement")
				.contains("Version 1 publiée");

		CurrentUser worker = world.worker("own-questionnaire");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		assertThat(body(get("/counsellor/bilans/" + bilan + "/instruments"), world.counsellor))
				.contains("<option value=\"" + code + "\">Mon rapport au changement</option>");
		mvc.perform(post("/counsellor/bilans/" + bilan + "/instruments").param("instrument", code)
				.with(user(world.counsellor)).with(csrf()));
		UUID assignment = instruments.list(world.counsellor, bilan).get(0).id();

		// Changing the draft after publishing does not change what was assigned.
		mvc.perform(post("/operator/questionnaires/" + questionnaire + "/items").param("scale", scaleIds(questionnaire).get(0))
				.param("textFr", "Une question ajoutée plus tard").with(user(world.operatorAdmin)).with(csrf()));

		String page = body(get("/worker/bilans/" + bilan + "/instruments/" + assignment), worker);
		assertThat(page).contains("J'aime essayer de nouvelles façons de faire").doesNotContain("ajoutée plus tard")
				.contains("Tout à fait d'accord");
		ItemBank bank = instruments.bank(instruments.open(worker, bilan, assignment, "test"));
		assertThat(bank.items()).hasSize(3);
		// Openness: 5 and 4; the reversed routine item answered 2 counts 4.
		Map<String, Integer> answers = new HashMap<>();
		answers.put(bank.items().get(0).id(), 5);
		answers.put(bank.items().get(1).id(), 4);
		answers.put(bank.items().get(2).id(), 2);
		instruments.answer(worker, bilan, assignment, answers);
		instruments.submit(worker, bilan, assignment);
		String result = body(get("/worker/bilans/" + bilan + "/instruments/" + assignment + "/result"), worker);
		assertThat(result).contains("Ouverture").contains("4.50").contains("Besoin de repères").contains("4.00");
	}

	@Test
	void aSumScoredQuestionnaireShowsTheSum() throws Exception {
		World world = worlds.create();
		UUID questionnaire = build(world.operatorAdmin, world.operator.value(), "SUM");
		String code = jdbc.sql("select code from operator_questionnaire where id = :id").param("id", questionnaire)
				.query(String.class).single();
		CurrentUser worker = world.worker("sum-questionnaire");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID assignment = instruments.assign(world.counsellor, bilan, code);
		ItemBank bank = instruments.bank(instruments.open(worker, bilan, assignment, "test"));
		instruments.answer(worker, bilan, assignment, Map.of(bank.items().get(0).id(), 5, bank.items().get(1).id(), 4,
				bank.items().get(2).id(), 2));
		instruments.submit(worker, bilan, assignment);
		String result = body(get("/counsellor/bilans/" + bilan + "/instruments/" + assignment), world.counsellor);
		assertThat(result).contains("Score (somme)").contains("<td>9.00</td>").contains("<td>4.00</td>");
	}

	@Test
	void anotherOperatorNeitherSeesNorAssignsIt() throws Exception {
		World world = worlds.create();
		UUID theirs = build(world.otherOperatorAdmin, world.otherOperator.value(), "MEAN");
		String code = jdbc.sql("select code from operator_questionnaire where id = :id").param("id", theirs)
				.query(String.class).single();
		assertThat(status(get("/operator/questionnaires/" + theirs), world.operatorAdmin)).isEqualTo(404);
		assertThat(status(post("/operator/questionnaires/" + theirs + "/publish").with(csrf()), world.operatorAdmin)).isEqualTo(404);
		assertThat(body(get("/operator/questionnaires"), world.operatorAdmin)).doesNotContain("Mon rapport au changement");
		for (CurrentUser other : List.of(world.counsellor, world.fundOfficer, world.worker("curious"))) {
			assertThat(status(get("/operator/questionnaires/" + theirs), other)).isIn(403, 404);
		}
		CurrentUser worker = world.worker("not-their-questionnaire");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		assertThat(body(get("/counsellor/bilans/" + bilan + "/instruments"), world.counsellor)).doesNotContain(code);
		mvc.perform(post("/counsellor/bilans/" + bilan + "/instruments").param("instrument", code)
				.with(user(world.counsellor)).with(csrf()));
		assertThat(instruments.list(world.counsellor, bilan)).isEmpty();
		// The draft cannot be created for another operator either.
		assertThat(status(post("/operator/questionnaires").param("operator", world.otherOperator.value().toString())
				.param("titleFr", "Intrus").with(csrf()), world.operatorAdmin)).isEqualTo(404);
	}

	@Test
	void publishingNeedsScalesWithItems() throws Exception {
		World world = worlds.create();
		String location = mvc.perform(post("/operator/questionnaires").param("operator", world.operator.value().toString())
				.param("titleNl", "Alleen in het Nederlands").param("scoring", "MEAN").with(user(world.operatorAdmin)).with(csrf()))
				.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		var flash = mvc.perform(post("/operator/questionnaires/" + id + "/publish").with(user(world.operatorAdmin)).with(csrf()))
				.andReturn().getFlashMap();
		assertThat(flash.get("problem")).isEqualTo("questionnaires.problem.items");
		assertThat(body(get("/operator/questionnaires/" + id), world.operatorAdmin)).contains("Alleen in het Nederlands")
				.contains("Brouillon");
	}

	@Test
	void aFreeTextItemIsAnsweredInWordsKeptEncryptedAndShownUnscored() throws Exception {
		World world = worlds.create();
		UUID questionnaire = build(world.operatorAdmin, world.operator.value(), "MEAN");
		String base = "/operator/questionnaires/" + questionnaire;
		mvc.perform(post(base + "/items").param("format", "FREE_TEXT").param("textFr", "Racontez un changement que vous avez choisi")
				.with(user(world.operatorAdmin)).with(csrf()));
		mvc.perform(post(base + "/publish").with(user(world.operatorAdmin)).with(csrf()));
		assertThat(body(get(base), world.operatorAdmin)).contains("Version 2 publiée").contains("Texte libre, sans score");
		String code = jdbc.sql("select code from operator_questionnaire where id = :id").param("id", questionnaire)
				.query(String.class).single();
		CurrentUser worker = world.worker("free-text");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID assignment = instruments.assign(world.counsellor, bilan, code);
		ItemBank bank = instruments.bank(instruments.open(worker, bilan, assignment, "test"));
		assertThat(bank.version()).isEqualTo(2);
		String textItem = bank.textItems().get(0).id();
		String path = "/worker/bilans/" + bilan + "/instruments/" + assignment;
		assertThat(body(get(path), worker)).contains("name=\"text." + textItem + "\"");
		var save = post(path).param("page", "0").param("go", PageMove.SUMMARY.name())
				.param("text." + textItem, "Quitter la vente pour la formation, en 2019.");
		bank.items().stream().filter(item -> !item.writesText()).forEach(item -> save.param("answer." + item.id(), "3"));
		mvc.perform(save.with(user(worker)).with(csrf()));
		assertThat(body(get(path + "/summary"), worker)).contains("4 questions sur 4");
		mvc.perform(post(path + "/submit").with(user(worker)).with(csrf()));
		String result = body(get("/counsellor/bilans/" + bilan + "/instruments/" + assignment), world.counsellor);
		assertThat(result).contains("Réponses écrites").contains("Quitter la vente pour la formation, en 2019.").contains("3.00");
		byte[] stored = jdbc.sql("select text_answers from instrument_assignment where id = :id").param("id", assignment)
				.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Quitter la vente");
	}

	/** Two scales (openness, need for routine), three items, the third reversed; published once. */
	private UUID build(CurrentUser admin, UUID operator, String scoring) throws Exception {
		String location = mvc.perform(post("/operator/questionnaires").param("operator", operator.toString())
				.param("titleFr", "Mon rapport au changement").param("scoring", scoring).with(user(admin)).with(csrf()))
				.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String base = "/operator/questionnaires/" + id;
		mvc.perform(post(base + "/scales").param("nameFr", "Ouverture").param("nameEn", "Openness").with(user(admin)).with(csrf()));
		mvc.perform(post(base + "/scales").param("nameFr", "Besoin de repères").with(user(admin)).with(csrf()));
		List<String> scales = scaleIds(id);
		mvc.perform(post(base + "/items").param("scale", scales.get(0)).param("textFr", "J'aime essayer de nouvelles façons de faire")
				.with(user(admin)).with(csrf()));
		mvc.perform(post(base + "/items").param("scale", scales.get(0)).param("textFr", "Un changement imprévu me stimule")
				.with(user(admin)).with(csrf()));
		mvc.perform(post(base + "/items").param("scale", scales.get(1)).param("reverse", "true")
				.param("textFr", "Je me passe facilement d'habitudes").with(user(admin)).with(csrf()));
		mvc.perform(post(base + "/publish").with(user(admin)).with(csrf()));
		return id;
	}

	private List<String> scaleIds(UUID questionnaire) {
		String draft = jdbc.sql("select draft from operator_questionnaire where id = :id").param("id", questionnaire)
				.query(String.class).single();
		return java.util.regex.Pattern.compile("\\{\"id\":\"([0-9a-f]{8})\",\"name\"").matcher(draft).results()
				.map(match -> match.group(1)).toList();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
