package be.balise.instruments;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
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

/** The counsellor's side: a fragment of the bilan page to assign instruments, and each result with its reading. */
@Controller
class CounsellorInstrumentController {

	private final InstrumentService instruments;
	private final AssessmentAccess access;
	private final MessageSource messages;
	private final ResultPdf pdf;

	CounsellorInstrumentController(InstrumentService instruments, AssessmentAccess access, MessageSource messages, ResultPdf pdf) {
		this.instruments = instruments;
		this.access = access;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping("/counsellor/bilans/{id}/instruments/{assignment}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			Locale locale) {
		return pdf.download(counsellor, new BilanId(id), assignment, locale);
	}

	@GetMapping("/counsellor/bilans/{id}/instruments")
	String fragment(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model) {
		BilanId bilan = new BilanId(id);
		model.addAttribute("bilan", access.require(counsellor, bilan, BilanPart.INSTRUMENTS, AccessMode.READ));
		model.addAttribute("assignments", instruments.list(counsellor, bilan));
		model.addAttribute("catalog", instruments.catalog());
		model.addAttribute("assignable", instruments.assignable(counsellor, bilan));
		return "instruments/counsellor-fragment";
	}

	@PostMapping("/counsellor/bilans/{id}/instruments")
	String assign(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @RequestParam String instrument,
			RedirectAttributes redirect) {
		if (instruments.assignable(counsellor, new BilanId(id)).stream().noneMatch(bank -> bank.id().equals(instrument))) {
			redirect.addFlashAttribute("problem", "instruments.error.unknown");
		} else {
			instruments.assign(counsellor, new BilanId(id), instrument);
			redirect.addFlashAttribute("flash", "instruments.assigned");
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	@GetMapping("/counsellor/bilans/{id}/instruments/{assignment}")
	String result(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			Locale locale, Model model) {
		var result = instruments.result(counsellor, new BilanId(id), assignment);
		model.addAttribute("view", ResultView.of(result, locale, messages.getMessage("instruments.result.chart", null, locale)));
		model.addAttribute("base", "/counsellor/bilans/" + id + "/instruments/" + assignment);
		model.addAttribute("back", "/counsellor/bilans/" + id);
		model.addAttribute("counsellor", true);
		return "instruments/result";
	}

	@PostMapping("/counsellor/bilans/{id}/instruments/{assignment}/reading")
	String reading(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam String text, RedirectAttributes redirect) {
		boolean saved = instruments.writeSharedReading(counsellor, new BilanId(id), assignment, text);
		redirect.addFlashAttribute(saved ? "flash" : "problem", saved ? "instruments.saved" : "instruments.error.notSubmitted");
		return "redirect:/counsellor/bilans/" + id + "/instruments/" + assignment;
	}

	@GetMapping("/counsellor/bilans/{id}/instruments/{assignment}/answer")
	String together(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Assignment current = instruments.open(counsellor, new BilanId(id), assignment, "answer together");
		if (current.submitted()) {
			return "redirect:/counsellor/bilans/" + id + "/instruments/" + assignment;
		}
		return AnsweringPages.page(model, current, instruments.bank(current), page,
				"/counsellor/bilans/" + id + "/instruments/" + assignment + "/answer", "/counsellor/bilans/" + id, true);
	}

	@PostMapping("/counsellor/bilans/{id}/instruments/{assignment}/answer")
	String saveTogether(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			@RequestParam int page, @RequestParam PageMove go, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String base = "/counsellor/bilans/" + id + "/instruments/" + assignment;
		if (!instruments.answerTogether(counsellor, new BilanId(id), assignment, AnsweringPages.answers(form),
				AnsweringPages.texts(form))) {
			redirect.addFlashAttribute("problem", "instruments.error.submitted");
			return "redirect:" + base;
		}
		return AnsweringPages.move(base + "/answer", page, go);
	}

	@GetMapping("/counsellor/bilans/{id}/instruments/{assignment}/answer/summary")
	String summaryTogether(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			Model model) {
		Assignment current = instruments.open(counsellor, new BilanId(id), assignment, "summary together");
		return AnsweringPages.summary(model, current, instruments.bank(current),
				"/counsellor/bilans/" + id + "/instruments/" + assignment + "/answer", "/counsellor/bilans/" + id, true);
	}

	@PostMapping("/counsellor/bilans/{id}/instruments/{assignment}/answer/submit")
	String submitTogether(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID assignment,
			RedirectAttributes redirect) {
		boolean submitted = instruments.submitTogether(counsellor, new BilanId(id), assignment);
		redirect.addFlashAttribute(submitted ? "flash" : "problem", submitted ? "instruments.submitted.together" : "instruments.error.submitted");
		return "redirect:/counsellor/bilans/" + id + "/instruments/" + assignment;
	}
}
