package be.balise.planning;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.AccessMode;
import be.balise.assessment.AssessmentAccess;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanPart;
import be.balise.assessment.BilanSummary;
import be.balise.identity.CurrentUser;
import be.balise.web.PageContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sessions of a bilan, as a fragment of the counsellor's bilan page: plan one, record how it went. */
@Controller
class SessionController {

	private final Sessions sessions;
	private final AssessmentAccess access;
	private final Clock clock;

	SessionController(Sessions sessions, AssessmentAccess access, Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("date", "time", "durationMinutes");
	}

	@GetMapping("/counsellor/bilans/{id}/sessions")
	String list(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model) {
		BilanSummary bilan = access.require(counsellor, new BilanId(id), BilanPart.ADMINISTRATION, AccessMode.WRITE);
		model.addAttribute("bilan", bilan);
		model.addAttribute("sessions", sessions.ofBilan(id));
		model.addAttribute("heldMinutes", sessions.heldMinutes(id));
		return "planning/sessions";
	}

	@PostMapping("/counsellor/bilans/{id}/sessions")
	String add(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, RedirectAttributes redirect) {
		access.require(counsellor, new BilanId(id), BilanPart.ADMINISTRATION, AccessMode.WRITE);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "planning.error.invalid");
		} else {
			var startsAt = form.getDate().atTime(form.getTime()).atZone(PageContext.BRUSSELS).toInstant();
			sessions.add(id, startsAt, form.getDurationMinutes(), clock.instant());
			redirect.addFlashAttribute("flash", "planning.session.added");
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	@PostMapping("/counsellor/bilans/{id}/sessions/{session}")
	String mark(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID session,
			@RequestParam Sessions.Status status, RedirectAttributes redirect) {
		access.require(counsellor, new BilanId(id), BilanPart.ADMINISTRATION, AccessMode.WRITE);
		boolean marked = sessions.mark(id, session, status);
		redirect.addFlashAttribute(marked ? "flash" : "problem", marked ? "planning.session.marked" : "planning.error.unknown");
		return "redirect:/counsellor/bilans/" + id;
	}
}
