package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import be.balise.assessment.BilanId;
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

/**
 * The sessions of a bilan, as a fragment of the counsellor's bilan page: the agreed rhythm, hours against the
 * maximum, the worker's requests to move, planning, moving and recording sessions.
 */
@Controller
class SessionController {

	private final SessionService sessions;

	SessionController(SessionService sessions) {
		this.sessions = sessions;
	}

	@InitBinder("form")
	void onlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("date", "time", "durationMinutes", "modality", "place", "overrun");
	}

	@GetMapping("/counsellor/bilans/{id}/sessions")
	String list(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model) {
		BilanId bilan = new BilanId(id);
		model.addAttribute("bilan", sessions.requireWritable(counsellor, bilan));
		model.addAttribute("sessions", sessions.details(counsellor, bilan));
		model.addAttribute("requests", sessions.openMoveRequests(counsellor, bilan));
		model.addAttribute("hours", sessions.hours(counsellor, bilan));
		model.addAttribute("rhythm", sessions.rhythm(counsellor, bilan).orElse(0));
		return "planning/sessions";
	}

	@PostMapping("/counsellor/bilans/{id}/sessions")
	String add(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		sessions.requireWritable(counsellor, bilan);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "planning.error.invalid");
		} else if (!form.isOverrun() && sessions.hours(counsellor, bilan).wouldExceed(form.getDurationMinutes())) {
			redirect.addFlashAttribute("problem", "planning.hours.wouldExceed");
		} else if (!form.isOverrun()
				&& sessions.hours(counsellor, bilan).wouldPassAPartAwaitingItsDocument(form.getDurationMinutes())) {
			redirect.addFlashAttribute("problem", "planning.parts.wouldPass");
		} else {
			sessions.plan(counsellor, bilan, new SessionPlan(startsAt(form), form.getDurationMinutes(), form.getModality(),
					form.getPlace()));
			redirect.addFlashAttribute("flash", "planning.session.added");
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	@PostMapping("/counsellor/bilans/{id}/sessions/{session}/move")
	String move(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID session,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		sessions.requireWritable(counsellor, bilan);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("problem", "planning.error.invalid");
		} else {
			boolean moved = sessions.move(counsellor, bilan, session, startsAt(form), form.getDurationMinutes());
			redirect.addFlashAttribute(moved ? "flash" : "problem", moved ? "planning.session.moved" : "planning.error.unknown");
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	@PostMapping("/counsellor/bilans/{id}/sessions/{session}")
	String mark(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @PathVariable UUID session,
			@RequestParam SessionService.Outcome status, RedirectAttributes redirect) {
		boolean marked = sessions.record(counsellor, new BilanId(id), session, status);
		redirect.addFlashAttribute(marked ? "flash" : "problem", marked ? "planning.session.marked" : "planning.error.unknown");
		return "redirect:/counsellor/bilans/" + id;
	}

	@PostMapping("/counsellor/bilans/{id}/rhythm")
	String rhythm(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @RequestParam int everyWeeks,
			RedirectAttributes redirect) {
		if (everyWeeks < 1 || everyWeeks > 8) {
			redirect.addFlashAttribute("problem", "planning.error.rhythm");
		} else {
			sessions.agreeRhythm(counsellor, new BilanId(id), everyWeeks);
			redirect.addFlashAttribute("flash", "planning.rhythm.saved");
		}
		return "redirect:/counsellor/bilans/" + id;
	}

	private static Instant startsAt(SessionForm form) {
		return form.getDate().atTime(form.getTime()).atZone(PageContext.BRUSSELS).toInstant();
	}
}
