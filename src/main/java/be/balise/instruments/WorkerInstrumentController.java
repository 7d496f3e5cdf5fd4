package be.balise.instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worker's side: the list of instruments, one page of items at a time (each page saved when left, so nothing
 * is lost), a summary before submitting, and the result with a comment.
 */
@Controller
class WorkerInstrumentController {

	private static final String ANSWER_PREFIX = "answer.";

	private final InstrumentService instruments;
	private final MessageSource messages;

	WorkerInstrumentController(InstrumentService instruments, MessageSource messages) {
		this.instruments = instruments;
		this.messages = messages;
	}

	@GetMapping("/worker/bilans/{id}/instruments")
	String list(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		model.addAttribute("bilanId", id);
		model.addAttribute("assignments", instruments.list(worker, new BilanId(id)));
		model.addAttribute("banks", instruments.banks());
		return "instruments/worker-list";
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}")
	String page(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Assignment current = instruments.open(worker, new BilanId(id), assignment, "answer");
		if (current.submitted()) {
			return "redirect:/worker/bilans/" + id + "/instruments/" + assignment + "/result";
		}
		ItemBank bank = instruments.banks().get(current.instrument());
		int index = Math.max(0, Math.min(page, bank.pageCount() - 1));
		model.addAttribute("bilanId", id);
		model.addAttribute("assignment", current);
		model.addAttribute("bank", bank);
		model.addAttribute("page", index);
		model.addAttribute("items", bank.page(index));
		return "instruments/worker-page";
	}

	@PostMapping("/worker/bilans/{id}/instruments/{assignment}")
	String save(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam int page, @RequestParam PageMove go, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Integer> answers = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX) && !value.isBlank()) {
				answers.put(name.substring(ANSWER_PREFIX.length()), Integer.valueOf(value));
			}
		});
		String base = "redirect:/worker/bilans/" + id + "/instruments/" + assignment;
		if (!instruments.answer(worker, new BilanId(id), assignment, answers)) {
			redirect.addFlashAttribute("problem", "instruments.error.submitted");
			return base + "/result";
		}
		return switch (go) {
			case PREVIOUS -> base + "?page=" + Math.max(0, page - 1);
			case NEXT -> base + "?page=" + (page + 1);
			case SUMMARY -> base + "/summary";
		};
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}/summary")
	String summary(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			Model model) {
		Assignment current = instruments.open(worker, new BilanId(id), assignment, "summary");
		ItemBank bank = instruments.banks().get(current.instrument());
		List<Integer> unansweredPages = new ArrayList<>();
		for (int p = 0; p < bank.pageCount(); p++) {
			if (bank.page(p).stream().anyMatch(item -> !current.answers().containsKey(item.id()))) {
				unansweredPages.add(p);
			}
		}
		model.addAttribute("bilanId", id);
		model.addAttribute("assignment", current);
		model.addAttribute("bank", bank);
		model.addAttribute("unansweredPages", unansweredPages);
		return "instruments/worker-summary";
	}

	@PostMapping("/worker/bilans/{id}/instruments/{assignment}/submit")
	String submit(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			RedirectAttributes redirect) {
		boolean submitted = instruments.submit(worker, new BilanId(id), assignment);
		redirect.addFlashAttribute(submitted ? "flash" : "problem", submitted ? "instruments.submitted" : "instruments.error.submitted");
		return "redirect:/worker/bilans/" + id + "/instruments/" + assignment + "/result";
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}/result")
	String result(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			Locale locale, Model model) {
		var result = instruments.result(worker, new BilanId(id), assignment);
		if (!result.assignment().submitted()) {
			return "redirect:/worker/bilans/" + id + "/instruments/" + assignment + "/summary";
		}
		model.addAttribute("view", ResultView.of(result, locale, messages.getMessage("instruments.result.chart", null, locale)));
		model.addAttribute("base", "/worker/bilans/" + id + "/instruments/" + assignment);
		model.addAttribute("back", "/worker/bilans/" + id + "/instruments");
		model.addAttribute("counsellor", false);
		return "instruments/result";
	}

	@PostMapping("/worker/bilans/{id}/instruments/{assignment}/comment")
	String comment(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam String text, RedirectAttributes redirect) {
		boolean saved = instruments.writeComment(worker, new BilanId(id), assignment, text);
		redirect.addFlashAttribute(saved ? "flash" : "problem", saved ? "instruments.saved" : "instruments.error.notSubmitted");
		return "redirect:/worker/bilans/" + id + "/instruments/" + assignment + "/result";
	}
}
