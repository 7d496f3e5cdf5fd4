package be.balise.planning;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Sessions as administration: the fund and the operator see dates, durations, outcomes and hours against the
 * scheme's maximum, never the place nor the worker's reasons.
 */
@Controller
class SessionAdministrationController {

	private final SessionService sessions;

	SessionAdministrationController(SessionService sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/fund/bilans/{id}/sessions")
	String forFund(@AuthenticationPrincipal CurrentUser officer, @PathVariable UUID id, Model model) {
		return fragment(officer, new BilanId(id), model);
	}

	@GetMapping("/operator/bilans/{id}/sessions")
	String forOperator(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
		return fragment(admin, new BilanId(id), model);
	}

	private String fragment(CurrentUser reader, BilanId bilan, Model model) {
		model.addAttribute("sessions", sessions.list(reader, bilan));
		model.addAttribute("hours", sessions.hours(reader, bilan));
		return "planning/administration";
	}
}
