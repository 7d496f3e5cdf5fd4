package be.balise.request;

import java.util.UUID;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund officer's queue of requests and the decision on each. */
@Controller
class FundRequestController {

	static final int PAGE_SIZE = 25;

	private final RequestService requests;
	private final Requests records;
	private final AssessmentAccess access;
	private final Schemes schemes;

	FundRequestController(RequestService requests, Requests records, AssessmentAccess access, Schemes schemes) {
		this.requests = requests;
		this.records = records;
		this.access = access;
		this.schemes = schemes;
	}

	@GetMapping("/fund")
	String queue(@AuthenticationPrincipal CurrentUser officer, @RequestParam(defaultValue = "0") int page, Model model) {
		var funds = access.fundsOf(officer);
		int current = Math.max(page, 0);
		model.addAttribute("requests", records.pending(funds, current, PAGE_SIZE));
		model.addAttribute("total", records.countPending(funds));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("schemes", schemes);
		return "request/queue";
	}

	@GetMapping("/fund/requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model) {
		RequestRecord request = requests.eligibility(officer, new BilanId(id));
		model.addAttribute("request", request);
		model.addAttribute("results", requests.ruleResults(officer, new BilanId(id)));
		model.addAttribute("scheme", schemes.find(new SchemeId(request.schemeId())).orElseThrow());
		return "request/decision";
	}

	@PostMapping("/fund/requests/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id,
			@RequestParam RequestService.DecisionChoice choice, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			requests.decide(officer, new BilanId(id), choice, note);
			redirect.addFlashAttribute("flash", "request.decided." + choice.name().toLowerCase(java.util.Locale.ROOT));
			return "redirect:/fund";
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/fund/requests/" + id;
		}
	}
}
