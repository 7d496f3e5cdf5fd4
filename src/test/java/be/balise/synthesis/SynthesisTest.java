package be.balise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The synthesis written together: drafted by the counsellor, commented and amended by the worker, validated by both
 * and frozen; a later change needs both validations again; versions compared word by word; two people saving at once;
 * the final PDF for the worker alone; nobody else reads any of it.
 */
@FullStackTest
@Tag("balises-C8")
@Tag("balises-F5")
class SynthesisTest {

	static final String PASSWORD = "synthesis written together";

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired SynthesisService synthesis;
	@Autowired SynthesisContent content;
	@Autowired be.balise.instruments.InstrumentService instruments;

	@Test
	void bothValidateTheVersionIsFrozenAndALaterChangeNeedsBothValidationsAgain() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-validate");
		BilanId bilan = concluding(world, worker);

		assertThat(send(post(counsellor(bilan)).with(csrf()), world.counsellor).getStatus()).isEqualTo(302);
		assertThat(send(post(counsellor(bilan) + "/sections").param("base", "1").param("projects", "Devenir menuisier d'agencement")
				.param("skills", "Précision, patience").with(csrf()), world.counsellor).getStatus()).isEqualTo(302);
		assertThat(send(post(worker(bilan) + "/comments").param("section", "projects").param("text", "Plutôt en atelier qu'en chantier")
				.with(csrf()), worker).getStatus()).isEqualTo(302);
		assertThat(body(get(counsellor(bilan)), world.counsellor)).contains("Plutôt en atelier qu").contains("en chantier")
				.contains("Devenir menuisier d").contains("agencement");

		assertThat(send(post(counsellor(bilan) + "/validate").param("number", "2").with(csrf()), world.counsellor).getStatus()).isEqualTo(302);
		assertThat(synthesis.view(worker, bilan).validated()).isEmpty();
		assertThat(send(post(worker(bilan) + "/validate").param("number", "2").with(csrf()), worker).getStatus()).isEqualTo(302);
		assertThat(synthesis.view(worker, bilan).validated()).contains(2);
		assertThat(body(get(worker(bilan)), worker)).contains("id=\"synthesis-frozen\"").contains("/synthesis/pdf");

		// the worker amends the frozen version: a new version, which needs both validations again
		assertThat(send(post(worker(bilan) + "/sections").param("base", "2").param("projects", "Devenir menuisier en atelier")
				.param("skills", "Précision, patience").with(csrf()), worker).getStatus()).isEqualTo(302);
		Revision third = synthesis.view(worker, bilan).latest().orElseThrow();
		assertThat(third.number()).isEqualTo(3);
		assertThat(third.validated()).isFalse();
		assertThat(synthesis.revision(worker, bilan, 2).section(Section.PROJECTS)).isEqualTo("Devenir menuisier d'agencement");
		assertThat(synthesis.view(worker, bilan).validated()).contains(2);
		assertThat(synthesis.validate(worker, bilan, 2)).as("an older version can no longer be validated").isFalse();
		assertThat(synthesis.validate(worker, bilan, 3)).isTrue();
		assertThat(synthesis.view(worker, bilan).validated()).contains(2);
		assertThat(synthesis.validate(world.counsellor, bilan, 3)).isTrue();
		assertThat(synthesis.view(worker, bilan).validated()).contains(3);

		// a change to the action plan is a change too
		synthesis.addAction(world.counsellor, bilan, action("Visiter deux ateliers"));
		assertThat(synthesis.view(worker, bilan).latest().orElseThrow().validated()).isFalse();
		assertThat(synthesis.view(worker, bilan).latest().orElseThrow().number()).isEqualTo(4);
		assertThat(content.export(bilan)).anyMatch(row -> "Devenir menuisier en atelier".equals(row.get("projects")))
				.anyMatch(row -> "Plutôt en atelier qu'en chantier".equals(row.get("comment")));
	}

	@Test
	void versionsAreComparedWordByWord() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-diff");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		synthesis.save(world.counsellor, bilan, 1, sections(Section.SUCCESS_FACTORS, "Un réseau solide dans le secteur du bois"));
		synthesis.save(worker, bilan, 2, sections(Section.SUCCESS_FACTORS, "Un réseau naissant dans le secteur du bois"));

		String page = body(get(worker(bilan) + "/versions").param("from", "2").param("to", "3"), worker);

		assertThat(page).contains("Un réseau <del>solide</del><ins>naissant</ins> dans le secteur du bois");
		assertThat(synthesis.compare(world.counsellor, bilan, 2, 3).get(Section.SKILLS)).allMatch(s -> s.kind() == WordDiff.Kind.SAME);
	}

	@Test
	@Tag("balises-K3")
	void theSecondOfTwoSimultaneousSavesIsToldAndKeepsItsText() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-conflict");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		// both opened version 1; the worker saves first
		assertThat(send(post(worker(bilan) + "/sections").param("base", "1").param("return_to_work", "Un entretien avec ma cheffe")
				.with(csrf()), worker).getStatus()).isEqualTo(302);

		MockHttpServletResponse second = send(post(counsellor(bilan) + "/sections").param("base", "1")
				.param("return_to_work", "Une reprise progressive à mi-temps").with(csrf()), world.counsellor);

		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("Un entretien avec ma cheffe")
				.contains("Une reprise progressive à mi-temps").contains("name=\"base\" value=\"2\"");
		assertThat(synthesis.view(worker, bilan).latest().orElseThrow().section(Section.RETURN_TO_WORK))
				.isEqualTo("Un entretien avec ma cheffe");

		// a save that crossed only a change of the action plan goes through
		synthesis.addAction(worker, bilan, action("Prendre rendez-vous"));
		assertThat(synthesis.save(world.counsellor, bilan, 2, sections(Section.RETURN_TO_WORK, "Un entretien, puis un mi-temps")))
				.isInstanceOf(SaveOutcome.Saved.class);

		// an action edited by two people at once
		ActionItem item = synthesis.view(worker, bilan).actions().get(0);
		assertThat(synthesis.editAction(worker, bilan, item.id(), edited(item, "Prendre rendez-vous chez un ébéniste"))).isTrue();
		MockHttpServletResponse late = send(post(counsellor(bilan) + "/actions/" + item.id()).param("description", "Appeler le centre")
				.param("priority", "1").param("version", String.valueOf(item.version())).with(csrf()), world.counsellor);
		assertThat(late.getStatus()).isEqualTo(409);
		assertThat(late.getContentAsString(StandardCharsets.UTF_8)).contains("Prendre rendez-vous chez un ébéniste").contains("Appeler le centre");
	}

	@Test
	void theWorkerAloneGetsTheFinalPdfInTheirLanguageWithSectionsAndActionPlan() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-pdf");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		Map<Section, String> texts = sections(Section.PROJECTS, "Ouvrir un atelier de restauration de meubles");
		texts.put(Section.SKILLS, "Sens du détail\n\nGoût du contact avec la clientèle");
		synthesis.save(world.counsellor, bilan, 1, texts);
		ActionForm form = action("Suivre la formation en restauration");
		form.setFirstStep("Demander le programme");
		form.setTargetDate(LocalDate.of(2027, 2, 15));
		form.setContacts("Centre de formation du bois");
		synthesis.addAction(world.counsellor, bilan, form);
		assertThat(send(get(worker(bilan) + "/pdf"), worker).getStatus()).as("nothing validated yet").isEqualTo(404);
		int latest = synthesis.view(worker, bilan).latest().orElseThrow().number();
		synthesis.validate(world.counsellor, bilan, latest);
		synthesis.validate(worker, bilan, latest);
		synthesis.setStatus(worker, bilan, synthesis.view(worker, bilan).actions().get(0).id(), ActionStatus.STARTED);

		MockHttpServletResponse response = send(get(worker(bilan) + "/pdf"), worker);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text;
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			text = new PDFTextStripper().getText(document);
		}
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains("Synthèse du bilan de compétences").contains(worker.displayName())
				.contains("Compétences et ressources").contains("Le ou les projets retenus")
				.contains("Ouvrir un atelier de restauration de meubles").contains("Sens du détail")
				.contains("Plan d'action").contains("Suivre la formation en restauration").contains("Demander le programme")
				.contains("Centre de formation du bois").contains("En cours").contains("1/");
		assertThat(text).doesNotContain(bilan.toString()).doesNotContain(worker.id().value().toString())
				.doesNotContain(world.counsellor.id().value().toString());
		assertThat(send(get(worker(bilan) + "/pdf").with(csrf()), world.counsellor).getStatus()).isEqualTo(403);
	}

	@Test
	void theWorkerKeepsTheActionPlanUpToDateAfterTheBilanWhileTheTextIsClosed() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-after");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		synthesis.addAction(world.counsellor, bilan, action("Rencontrer une conseillère en création d'entreprise"));
		journey.moveToPhase(world.counsellor, bilan, BilanState.FOLLOW_UP, null);
		journey.close(world.counsellor, bilan);
		ActionItem item = synthesis.view(worker, bilan).actions().get(0);

		assertThat(send(post(worker(bilan) + "/actions/" + item.id() + "/status").param("status", "DONE").with(csrf()), worker)
				.getStatus()).isEqualTo(302);
		assertThat(synthesis.view(worker, bilan).actions().get(0).status()).isEqualTo(ActionStatus.DONE);
		assertThat(send(post(counsellor(bilan) + "/sections").param("base", "2").param("skills", "tard").with(csrf()), world.counsellor)
				.getStatus()).isEqualTo(404);
		assertThat(send(post(worker(bilan) + "/comments").param("section", "skills").param("text", "tard").with(csrf()), worker)
				.getStatus()).isEqualTo(404);
	}

	@Test
	@Tag("balises-A3")
	void nobodyElseReadsTheSynthesis() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-others");
		BilanId bilan = concluding(world, worker);
		synthesis.start(world.counsellor, bilan);
		synthesis.save(world.counsellor, bilan, 1, sections(Section.SKILLS, "Texte-réservé-aux-deux"));
		CurrentUser otherWorker = world.worker("synth-other-worker");

		for (CurrentUser stranger : new CurrentUser[] { world.colleague, world.otherOperatorCounsellor }) {
			MockHttpServletResponse page = send(get(counsellor(bilan)), stranger);
			assertThat(page.getStatus()).isEqualTo(404);
			assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Texte-réservé-aux-deux");
			assertThat(send(get(counsellor(bilan) + "/versions").param("from", "1").param("to", "2"), stranger).getStatus()).isEqualTo(404);
			assertThat(send(post(counsellor(bilan) + "/sections").param("base", "2").param("skills", "x").with(csrf()), stranger)
					.getStatus()).isEqualTo(404);
		}
		for (CurrentUser staff : new CurrentUser[] { world.fundOfficer, world.operatorAdmin, world.platformAdmin }) {
			for (String path : new String[] { counsellor(bilan), worker(bilan), worker(bilan) + "/pdf", worker(bilan) + "/shares" }) {
				MockHttpServletResponse page = send(get(path), staff);
				assertThat(page.getStatus()).isIn(403, 404);
				assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Texte-réservé-aux-deux");
			}
		}
		assertThat(send(get(worker(bilan)), otherWorker).getStatus()).isEqualTo(404);
		assertThat(send(get(worker(bilan) + "/pdf"), otherWorker).getStatus()).isEqualTo(404);
		assertThat(send(get(worker(bilan) + "/shares"), otherWorker).getStatus()).isEqualTo(404);
		assertThat(send(get(worker(bilan)), worker).getContentAsString(StandardCharsets.UTF_8)).contains("Texte-réservé-aux-deux");
	}

	@Test
	void theSynthesisIsReadableFromTheInvestigationButDraftedOnlyInTheConclusion() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-early");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(send(get(counsellor(bilan)), world.counsellor).getStatus()).isEqualTo(200);
		assertThat(send(post(counsellor(bilan)).with(csrf()), world.counsellor).getStatus()).isEqualTo(404);
		assertThat(body(get("/counsellor/bilans/" + bilan), world.counsellor)).contains("/synthesis");
		assertThat(body(get("/worker/bilans/" + bilan), worker)).contains("/synthesis");
	}

	@Test
	void onlyTheInstrumentResultsTheWorkerAgreesToIncludeArePrefilled() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("synth-instruments");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		var banks = instruments.banks().all();
		java.util.UUID agreed = submitted(world, worker, bilan, banks.get(0));
		submitted(world, worker, bilan, banks.get(1));
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		synthesis.start(world.counsellor, bilan);
		assertThat(synthesis.view(worker, bilan).latest().orElseThrow().section(Section.INTERESTS)).as("nothing agreed yet").isEmpty();

		assertThat(send(post(worker(bilan) + "/instruments").param("assignment", agreed.toString()).param("included", "true")
				.with(csrf()), worker).getStatus()).isEqualTo(302);
		assertThat(send(post(counsellor(bilan) + "/prefill").with(csrf()), world.counsellor).getStatus()).isEqualTo(302);

		String interests = synthesis.view(worker, bilan).latest().orElseThrow().section(Section.INTERESTS);
		assertThat(interests).contains(banks.get(0).title().in(java.util.Locale.FRENCH))
				.doesNotContain(banks.get(1).title().in(java.util.Locale.FRENCH));
		assertThat(send(post(worker(bilan) + "/instruments").param("assignment", java.util.UUID.randomUUID().toString())
				.param("included", "true").with(csrf()), worker).getStatus()).as("not an instrument of this bilan").isEqualTo(404);
	}

	private java.util.UUID submitted(World world, CurrentUser worker, BilanId bilan, be.balise.instruments.ItemBank bank) {
		java.util.UUID assignment = instruments.assign(world.counsellor, bilan, bank.id());
		Map<String, Integer> answers = new java.util.HashMap<>();
		bank.items().forEach(item -> answers.put(item.id(), bank.format().max()));
		instruments.answer(worker, bilan, assignment, answers);
		instruments.submit(worker, bilan, assignment);
		return assignment;
	}

	BilanId concluding(World world, CurrentUser worker) {
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		return bilan;
	}

	static Map<Section, String> sections(Section section, String text) {
		Map<Section, String> sections = new EnumMap<>(Section.class);
		sections.put(section, text);
		return sections;
	}

	static ActionForm action(String description) {
		ActionForm form = new ActionForm();
		form.setDescription(description);
		form.setProject("Atelier");
		return form;
	}

	private static ActionForm edited(ActionItem item, String description) {
		ActionForm form = ActionForm.of(item);
		form.setDescription(description);
		return form;
	}

	static String counsellor(BilanId bilan) {
		return "/counsellor/bilans/" + bilan + "/synthesis";
	}

	static String worker(BilanId bilan) {
		return "/worker/bilans/" + bilan + "/synthesis";
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		MockHttpServletResponse response = send(request, as);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
