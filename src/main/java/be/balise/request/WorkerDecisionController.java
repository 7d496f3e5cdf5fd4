package be.balise.request;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The fund's decision as the worker reads it on their bilan's page (a fragment loaded by that page). */
@Controller
class WorkerDecisionController {

	private final RequestService requests;

	WorkerDecisionController(RequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/worker/bilans/{id}/decision")
	String decision(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		RequestRecord request = requests.eligibility(worker, new BilanId(id));
		if (!request.workerId().equals(worker.id().value())) {
			throw new BilanNotFound();
		}
		model.addAttribute("request", request);
		model.addAttribute("refusal", requests.refusalReason(worker, new BilanId(id)).orElse(null));
		return "request/worker-decision";
	}
}
