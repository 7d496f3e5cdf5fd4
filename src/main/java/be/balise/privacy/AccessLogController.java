package be.balise.privacy;

import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker's access log of one bilan: who opened their file and when. */
@Controller
class AccessLogController {

	private final AccessLogService log;
	private final ErasureService erasure;

	AccessLogController(AccessLogService log, ErasureService erasure) {
		this.log = log;
		this.erasure = erasure;
	}

	@GetMapping("/worker/bilans/{id}/access-log")
	String show(@AuthenticationPrincipal CurrentUser worker, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("bilanId", id);
		model.addAttribute("log", log.page(worker, new BilanId(id), page));
		model.addAttribute("erasureRequested", erasure.requested(worker, new BilanId(id)));
		return "privacy/access-log";
	}
}
