package be.balise.assessment;

import java.util.UUID;

import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's space: their bilans, and on each the choices that are theirs to make. */
@Controller
class WorkerBilanController {

	private final BilanLists lists;
	private final BilanViews views;
	private final Journey journey;
	private final OperatorChoices operatorChoices;
	private final AssessmentAccess access;

	WorkerBilanController(BilanLists lists, BilanViews views, Journey journey, OperatorChoices operatorChoices,
			AssessmentAccess access) {
		this.operatorChoices = operatorChoices;
		this.access = access;
		this.lists = lists;
		this.views = views;
		this.journey = journey;
	}

	@GetMapping("/worker")
	String home(@AuthenticationPrincipal CurrentUser worker, Model model) {
		var bilans = lists.ofWorker(worker.id().value());
		model.addAttribute("bilans", bilans);
		model.addAttribute("names", views.namesFor(bilans));
		return "assessment/worker-home";
	}

	/** The bilan's page; while the worker chooses an operator, the filters come as query parameters. */
	@GetMapping("/worker/bilans/{id}")
	String show(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model,
			java.util.Locale locale, @RequestParam(required = false) String region,
			@RequestParam(required = false) String language, @RequestParam(required = false) String modality) {
		BilanView view = views.view(worker, new BilanId(id), locale);
		if (!view.bilan().workerId().equals(worker.id().value())) {
			throw new BilanNotFound();
		}
		OperatorFilter filter = OperatorFilter.of(region, language, modality);
		model.addAttribute("view", view);
		model.addAttribute("operators", view.bilan().state() == BilanState.ELIGIBLE
				? operatorChoices.offered(view.bilan().schemeId(), filter) : java.util.List.of());
		model.addAttribute("filter", filter);
		return "assessment/worker-bilan";
	}

	/** The operators offered, filtered: the part of the bilan's page that htmx replaces when a filter changes. */
	@GetMapping("/worker/bilans/{id}/operators")
	String operators(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@RequestParam(required = false) String region, @RequestParam(required = false) String language,
			@RequestParam(required = false) String modality, Model model) {
		BilanSummary bilan = access.requireRelation(worker, new BilanId(id), be.balise.identity.Role.WORKER);
		if (bilan.state() != BilanState.ELIGIBLE) {
			throw new BilanNotFound();
		}
		model.addAttribute("bilanId", bilan.id());
		model.addAttribute("operators", operatorChoices.offered(bilan.schemeId(), OperatorFilter.of(region, language, modality)));
		return "assessment/operator-choices";
	}

	@PostMapping("/worker/bilans/{id}/operator")
	String chooseOperator(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @RequestParam UUID operator,
			RedirectAttributes redirect) {
		return Outcome.of(() -> journey.chooseOperator(worker, new BilanId(id), operator), "assessment.done.operatorChosen",
				"/worker/bilans/" + id, redirect);
	}

	@PostMapping("/worker/bilans/{id}/counsellor-change")
	String answerChange(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @RequestParam boolean agree,
			RedirectAttributes redirect) {
		return Outcome.of(() -> journey.answerCounsellorChange(worker, new BilanId(id), agree),
				agree ? "assessment.done.changeAccepted" : "assessment.done.changeDeclined", "/worker/bilans/" + id, redirect);
	}

	@PostMapping("/worker/bilans/{id}/abandon")
	String abandon(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.abandon(worker, new BilanId(id), reason), "assessment.done.abandoned",
				"/worker/bilans/" + id, redirect);
	}
}
