package be.balise.assessment;

import java.util.Locale;
import java.util.UUID;

import be.balise.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moves a counsellor makes on the bilans they conduct (their caseload is the caseload module's page). */
@Controller
class CounsellorBilanController {

	private final BilanViews views;
	private final Journey journey;

	CounsellorBilanController(BilanViews views, Journey journey) {
		this.views = views;
		this.journey = journey;
	}

	@GetMapping("/counsellor/bilans/{id}")
	String show(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, Model model, Locale locale) {
		BilanView view = views.view(counsellor, new BilanId(id), locale);
		if (!counsellor.id().value().equals(view.bilan().counsellorId())) {
			throw new BilanNotFound();
		}
		model.addAttribute("view", view);
		return "assessment/counsellor-bilan";
	}

	@PostMapping("/counsellor/bilans/{id}/phase")
	String phase(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, @RequestParam BilanState target,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.moveToPhase(counsellor, new BilanId(id), target, reason), "assessment.done.phase",
				back(id), redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/lapse")
	String lapse(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.lapse(counsellor, new BilanId(id)), "assessment.done.lapsed", back(id), redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.declineAsCounsellor(counsellor, new BilanId(id), reason), "assessment.done.declined",
				"/counsellor", redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/suspend")
	String suspend(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.suspend(counsellor, new BilanId(id), reason), "assessment.done.suspended", back(id),
				redirect);
	}

	@PostMapping("/counsellor/bilans/{id}/resume")
	String resume(@AuthenticationPrincipal CurrentUser counsellor, @PathVariable UUID id, RedirectAttributes redirect) {
		return Outcome.of(() -> journey.resume(counsellor, new BilanId(id)), "assessment.done.resumed", back(id), redirect);
	}

	private static String back(UUID id) {
		return "/counsellor/bilans/" + id;
	}
}
