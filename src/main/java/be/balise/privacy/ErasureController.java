package be.balise.privacy;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker asks for erasure; the fund officer and the operator admin see the requests that concern them. */
@Controller
class ErasureController {

	private final ErasureService erasure;

	ErasureController(ErasureService erasure) {
		this.erasure = erasure;
	}

	@PostMapping("/worker/bilans/{id}/erasure")
	String request(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id, RedirectAttributes redirect) {
		erasure.request(worker, new BilanId(id));
		redirect.addFlashAttribute("flash", "privacy.erasure.requested");
		return "redirect:/worker/bilans/" + id + "/access-log";
	}

	@GetMapping("/privacy/erasure-requests")
	String list(@AuthenticationPrincipal CurrentUser staff, Model model) {
		model.addAttribute("requests", erasure.visibleTo(staff));
		return "privacy/erasure-requests";
	}
}
