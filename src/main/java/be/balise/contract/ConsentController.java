package be.balise.contract;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.TransitionRefused;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker reads the notice, acknowledges the charter and consents; later reads it again or withdraws. */
@Controller
class ConsentController {

	private final ConsentService consents;

	ConsentController(ConsentService consents) {
		this.consents = consents;
	}

	@GetMapping("/worker/bilans/{id}/consent")
	String show(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, Model model) {
		model.addAttribute("consent", consents.view(worker, new BilanId(id)));
		return "contract/consent";
	}

	@PostMapping("/worker/bilans/{id}/consent")
	String give(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean charter, @RequestParam(defaultValue = "false") boolean consent,
			RedirectAttributes redirect) {
		try {
			boolean contracted = consents.give(worker, new BilanId(id), charter, consent);
			redirect.addFlashAttribute("flash", contracted ? "contract.signed.contracted" : "contract.consent.given");
			return "redirect:/worker/bilans/" + id + "#convention";
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/worker/bilans/" + id + "/consent";
		}
	}

	@PostMapping("/worker/bilans/{id}/consent/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			consents.withdraw(worker, new BilanId(id), reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			redirect.addFlashAttribute("flash", "contract.consent.withdrawn");
			return "redirect:/worker/bilans/" + id;
		} catch (TransitionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/worker/bilans/" + id + "/consent";
		}
	}
}
