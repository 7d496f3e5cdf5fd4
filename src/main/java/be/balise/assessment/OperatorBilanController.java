package be.balise.assessment;

import java.util.Locale;
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

/** The operator admin's view of their operator's bilans: administration only, and the choice of counsellor. */
@Controller
class OperatorBilanController {

	static final int PAGE_SIZE = 25;

	private final BilanLists lists;
	private final BilanViews views;
	private final AssessmentAccess access;
	private final Journey journey;
	private final CounsellorSuggestions suggestions;

	OperatorBilanController(BilanLists lists, BilanViews views, AssessmentAccess access, Journey journey,
			CounsellorSuggestions suggestions) {
		this.suggestions = suggestions;
		this.lists = lists;
		this.views = views;
		this.access = access;
		this.journey = journey;
	}

	@GetMapping("/operator/bilans")
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) BilanState state, @RequestParam(defaultValue = "UPDATED") BilanSort sort,
			Model model) {
		var result = lists.ofOperators(access.operatorsOf(admin), state, sort, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("page", result);
		model.addAttribute("sort", sort);
		model.addAttribute("state", state);
		model.addAttribute("names", views.namesFor(result.rows()));
		model.addAttribute("titleKey", "assessment.operator.title");
		model.addAttribute("basePath", "/operator/bilans");
		return "assessment/scoped-bilans";
	}

	@GetMapping("/operator/bilans/{id}")
	String show(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model, Locale locale) {
		BilanView view = views.view(admin, new BilanId(id), locale);
		if (!access.operatorsOf(admin).contains(view.bilan().operatorId())) {
			throw new BilanNotFound();
		}
		model.addAttribute("view", view);
		model.addAttribute("counsellors", views.counsellorsOf(view.bilan().operatorId()));
		model.addAttribute("suggestions", view.bilan().state() == BilanState.OPERATOR_CHOSEN
				? suggestions.forBilan(view.bilan()) : java.util.List.of());
		model.addAttribute("workerLanguage", suggestions.language(view.bilan()));
		return "assessment/operator-bilan";
	}

	@PostMapping("/operator/bilans/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestParam UUID counsellor,
			RedirectAttributes redirect) {
		return Outcome.of(() -> journey.assignCounsellor(admin, new BilanId(id), counsellor), "assessment.done.assigned",
				back(id), redirect);
	}

	@PostMapping("/operator/bilans/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.declineAsOperator(admin, new BilanId(id), reason), "assessment.done.declined",
				"/operator/bilans", redirect);
	}

	@PostMapping("/operator/bilans/{id}/counsellor-change")
	String proposeChange(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestParam UUID counsellor,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.proposeCounsellorChange(admin, new BilanId(id), counsellor, reason),
				"assessment.done.changeProposed", back(id), redirect);
	}

	private static String back(UUID id) {
		return "/operator/bilans/" + id;
	}
}
