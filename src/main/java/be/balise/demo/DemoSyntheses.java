package be.balise.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.synthesis.ActionForm;
import be.balise.synthesis.ActionStatus;
import be.balise.synthesis.Section;
import be.balise.synthesis.SynthesisService;
import be.balise.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * Demo syntheses, written through the synthesis service during the conclusion: a draft under discussion for the
 * bilan that stays in conclusion, a synthesis validated by both for a bilan that goes on to be closed.
 */
@Component
class DemoSyntheses {

	private final SynthesisService synthesis;
	private final Clock clock;

	DemoSyntheses(SynthesisService synthesis, Clock clock) {
		this.synthesis = synthesis;
		this.clock = clock;
	}

	/** A draft with a comment of the worker, not yet validated. */
	void draft(CurrentUser worker, CurrentUser counsellor, BilanId bilan) {
		synthesis.start(counsellor, bilan);
		Map<Section, String> sections = new EnumMap<>(Section.class);
		sections.put(Section.REQUEST, "Assistante sociale depuis douze ans, elle se demande si former des adultes lui conviendrait mieux.");
		sections.put(Section.PATH, "Six rencontres, un questionnaire d'intérêts, deux entretiens avec des formatrices.");
		sections.put(Section.SKILLS, "Écoute, animation de groupes, connaissance fine du secteur social.");
		sections.put(Section.PROJECTS, "Formatrice d'adultes dans le secteur social, d'abord à temps partiel.");
		sections.put(Section.SUCCESS_FACTORS, "Un premier module donné en binôme ; garder un pied sur le terrain.");
		synthesis.save(counsellor, bilan, 1, sections);
		synthesis.addAction(counsellor, bilan, action(1, "Formatrice d'adultes", "Suivre le certificat de formateur", "Demander le programme",
				60, "Congé-éducation payé", "Centre de formation du secteur"));
		synthesis.comment(worker, bilan, Section.PROJECTS, "Je préfère commencer par des ateliers courts plutôt qu'un module entier.");
	}

	/** A synthesis both validated, with an action the worker already started. */
	void validated(CurrentUser worker, CurrentUser counsellor, BilanId bilan) {
		synthesis.start(counsellor, bilan);
		Map<Section, String> sections = new EnumMap<>(Section.class);
		sections.put(Section.REQUEST, "Clarifier une envie d'évolution au sein de son institution.");
		sections.put(Section.SKILLS, "Coordination d'équipe, sens de l'organisation, calme dans l'urgence.");
		sections.put(Section.PROJECTS, "1. Devenir coordinateur de service dans son institution.\n2. À défaut, rejoindre une autre institution du secteur.");
		sections.put(Section.RETURN_TO_WORK, "Un entretien avec sa directrice pour présenter le projet, préparé avec le conseiller.");
		synthesis.save(counsellor, bilan, 1, sections);
		synthesis.addAction(counsellor, bilan, action(1, "Coordinateur de service", "Présenter le projet à la directrice",
				"Demander un rendez-vous", 20, "Cette synthèse", "Directrice"));
		synthesis.addAction(counsellor, bilan, action(2, "Autre institution", "Repérer trois offres de coordination",
				"S'inscrire aux alertes d'emploi du secteur", 90, "Sites d'emploi du secteur", ""));
		int latest = synthesis.view(counsellor, bilan).latest().orElseThrow().number();
		synthesis.validate(counsellor, bilan, latest);
		synthesis.validate(worker, bilan, latest);
		synthesis.setStatus(worker, bilan, synthesis.view(worker, bilan).actions().get(0).id(), ActionStatus.STARTED);
	}

	private ActionForm action(int priority, String project, String description, String firstStep, int inDays, String resources,
			String contacts) {
		ActionForm form = new ActionForm();
		form.setPriority(priority);
		form.setProject(project);
		form.setDescription(description);
		form.setFirstStep(firstStep);
		form.setTargetDate(LocalDate.now(clock.withZone(PageContext.BRUSSELS)).plusDays(inDays));
		form.setResources(resources);
		form.setContacts(contacts);
		return form;
	}
}
