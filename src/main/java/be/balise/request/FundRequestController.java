package be.balise.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import be.balise.identity.FormMessages;
import be.balise.scheme.RuleOutcome;
import be.balise.scheme.SchemeId;
import be.balise.scheme.Schemes;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund officer's queue of requests, filtered, and the decision on one or several at once. */
@Controller
class FundRequestController {

	static final int PAGE_SIZE = 25;
	/** Bounds one bulk decision, so that a forged form cannot make one request do unbounded work. */
	static final int MAX_AT_ONCE = 100;
	/** The column's size. */
	static final int MAX_NOTE = 2000;

	private final RequestService requests;
	private final Requests records;
	private final AssessmentAccess access;
	private final Schemes schemes;
	private final MessageSource messages;

	FundRequestController(RequestService requests, Requests records, AssessmentAccess access, Schemes schemes,
			MessageSource messages) {
		this.messages = messages;
		this.requests = requests;
		this.records = records;
		this.access = access;
		this.schemes = schemes;
	}

	@GetMapping("/fund")
	String queue(@AuthenticationPrincipal CurrentUser officer, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String scheme, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String verdict, Model model) {
		var funds = access.fundsOf(officer);
		var filter = QueueFilter.of(scheme, from, to, verdict);
		int current = Math.max(page, 0);
		model.addAttribute("requests", records.pending(funds, filter, current, PAGE_SIZE));
		model.addAttribute("total", records.countPending(funds, filter));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("schemes", schemes);
		model.addAttribute("fundSchemes", funds.stream().flatMap(fund -> schemes.ofFund(fund).stream()).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("verdicts", RuleOutcome.values());
		return "request/queue";
	}

	@GetMapping("/fund/requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model) {
		return page(officer, id, model, "", "", Map.of());
	}

	private String page(CurrentUser officer, UUID id, Model model, String reason, String note,
			Map<String, List<String>> errors) {
		RequestRecord request = requests.eligibility(officer, new BilanId(id));
		model.addAttribute("request", request);
		model.addAttribute("results", requests.ruleResults(officer, new BilanId(id)));
		model.addAttribute("scheme", schemes.find(new SchemeId(request.schemeId())).orElseThrow());
		model.addAttribute("reasons", RefusalReason.values());
		model.addAttribute("reason", reason);
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		return "request/decision";
	}

	@PostMapping("/fund/requests/{id}/decision")
	String decide(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id,
			@RequestParam RequestService.DecisionChoice choice, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		RefusalReason refusal = RefusalReason.parse(reason);
		if (choice == RequestService.DecisionChoice.REFUSE) {
			var errors = new FormMessages(messages);
			if (refusal == null) {
				errors.add("reason", "request.refusal.choose");
			} else if (refusal == RefusalReason.OTHER && note.isBlank()) {
				errors.add("note", "request.refusal.otherNeedsWords");
			}
			if (note.length() > MAX_NOTE) {
				errors.add("note", "request.refusal.noteTooLong", MAX_NOTE);
			}
			if (!errors.isEmpty()) {
				return page(officer, id, model, reason, note, errors.asMap());
			}
		}
		try {
			requests.decide(officer, new BilanId(id), choice, refusal, note);
			redirect.addFlashAttribute("flash", "request.decided." + choice.name().toLowerCase(Locale.ROOT));
			return "redirect:/fund";
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/fund/requests/" + id;
		}
	}

	/**
	 * Accepts the requests ticked in the queue. Each is decided in its own transaction: one that was decided
	 * meanwhile, or that the officer may not decide, is skipped and reported, the others go through.
	 */
	@PostMapping("/fund/requests/accept")
	String acceptSeveral(@AuthenticationPrincipal CurrentUser officer,
			@RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("problem", "request.queue.noneTicked");
			return "redirect:/fund";
		}
		int skipped = 0;
		for (UUID id : ids.stream().distinct().limit(MAX_AT_ONCE).toList()) {
			try {
				requests.decide(officer, new BilanId(id), RequestService.DecisionChoice.ACCEPT, null);
			} catch (TransitionRefused | BilanNotFound notDecided) {
				skipped++;
			}
		}
		redirect.addFlashAttribute(skipped == 0 ? "flash" : "problem",
				skipped == 0 ? "request.decided.several" : "request.decided.someSkipped");
		return "redirect:/fund";
	}
}
