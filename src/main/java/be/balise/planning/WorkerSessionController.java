package be.balise.planning;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.files.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.assessment.AssessmentAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's sessions, as a fragment of their bilan page: when and where, and a way to ask for a move. */
@Controller
class WorkerSessionController {

	static final int MAX_REASON = 1000;

	private final SessionService sessions;
	private final AttendanceCertificates certificates;
	private final AssessmentAccess access;
	private final FreeSlotService slots;

	WorkerSessionController(SessionService sessions, AttendanceCertificates certificates, AssessmentAccess access,
			FreeSlotService slots) {
		this.slots = slots;
		this.sessions = sessions;
		this.certificates = certificates;
		this.access = access;
	}

	@GetMapping("/worker/bilans/{id}/sessions")
	String list(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		BilanId bilan = new BilanId(id);
		model.addAttribute("bilan", access.requireRelation(worker, bilan, Role.WORKER));
		model.addAttribute("sessions", sessions.details(worker, bilan));
		model.addAttribute("asked", sessions.sessionsAskedToMove(worker, bilan));
		model.addAttribute("hours", sessions.hours(worker, bilan));
		model.addAttribute("rhythm", sessions.rhythm(worker, bilan).orElse(0));
		model.addAttribute("certificate", !certificates.inWorkingHours(worker, bilan).isEmpty());
		model.addAttribute("slots", slots.offeredTo(worker, bilan));
		return "planning/worker-sessions";
	}

	/** The attendance certificate, when at least one held session fell in working hours; 404 otherwise. */
	@GetMapping("/worker/bilans/{id}/attendance.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id) {
		BilanId bilan = new BilanId(id);
		if (certificates.inWorkingHours(worker, bilan).isEmpty()) {
			throw new BilanNotFound();
		}
		return Downloads.attachment("attestation-presence.pdf", MediaType.APPLICATION_PDF, certificates.render(worker, bilan));
	}

	@PostMapping("/worker/bilans/{id}/sessions/{session}/move-request")
	String askToMove(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, @PathVariable UUID session,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		BilanId bilan = new BilanId(id);
		access.requireRelation(worker, bilan, Role.WORKER);
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			redirect.addFlashAttribute("problem", "planning.error.reason");
		} else {
			boolean asked = sessions.askToMove(worker, bilan, session, reason.strip());
			redirect.addFlashAttribute(asked ? "flash" : "problem", asked ? "planning.move.asked" : "planning.error.unknown");
		}
		return "redirect:/worker/bilans/" + id;
	}
}
