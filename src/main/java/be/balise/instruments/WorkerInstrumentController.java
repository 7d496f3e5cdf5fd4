package be.balise.instruments;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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

	private final InstrumentService instruments;
	private final MessageSource messages;
	private final ResultPdf pdf;

	WorkerInstrumentController(InstrumentService instruments, MessageSource messages, ResultPdf pdf) {
		this.instruments = instruments;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			Locale locale) {
		return pdf.download(worker, new BilanId(id), assignment, locale);
	}

	@GetMapping("/worker/bilans/{id}/instruments")
	String list(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		model.addAttribute("bilanId", id);
		model.addAttribute("assignments", instruments.list(worker, new BilanId(id)));
		model.addAttribute("catalog", instruments.catalog());
		return "instruments/worker-list";
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}")
	String page(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Assignment current = instruments.open(worker, new BilanId(id), assignment, "answer");
		if (current.submitted()) {
			return "redirect:/worker/bilans/" + id + "/instruments/" + assignment + "/result";
		}
		return AnsweringPages.page(model, current, instruments.bank(current), page,
				"/worker/bilans/" + id + "/instruments/" + assignment, "/worker/bilans/" + id + "/instruments", false);
	}

	@PostMapping("/worker/bilans/{id}/instruments/{assignment}")
	String save(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam int page, @RequestParam PageMove go, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String base = "/worker/bilans/" + id + "/instruments/" + assignment;
		if (!instruments.answer(worker, new BilanId(id), assignment, AnsweringPages.answers(form), AnsweringPages.texts(form))) {
			redirect.addFlashAttribute("problem", "instruments.error.submitted");
			return "redirect:" + base + "/result";
		}
		return AnsweringPages.move(base, page, go);
	}

	@GetMapping("/worker/bilans/{id}/instruments/{assignment}/summary")
	String summary(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID assignment,
			Model model) {
		Assignment current = instruments.open(worker, new BilanId(id), assignment, "summary");
		return AnsweringPages.summary(model, current, instruments.bank(current),
				"/worker/bilans/" + id + "/instruments/" + assignment, "/worker/bilans/" + id + "/instruments", false);
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
