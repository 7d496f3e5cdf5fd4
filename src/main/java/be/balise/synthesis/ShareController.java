package be.balise.synthesis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.files.Downloads;
import be.balise.identity.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The worker's shares (create with the password, see the code once, see openings, revoke) and the public link a
 * recipient opens with the code. A link that is unknown, expired or revoked answers the same 404 page.
 */
@Controller
class ShareController {

	private static final String SHARES = SynthesisRoutes.WORKER_BASE + "/shares";
	static final String UNLOCKED = "synthesis.unlockedShares";

	private final ShareService shares;
	private final SynthesisService synthesis;
	private final SharedSynthesis shared;
	private final SynthesisPdf pdf;
	private final java.time.Clock clock;

	ShareController(ShareService shares, SynthesisService synthesis, SharedSynthesis shared, SynthesisPdf pdf,
			java.time.Clock clock) {
		this.clock = clock;
		this.shares = shares;
		this.synthesis = synthesis;
		this.shared = shared;
		this.pdf = pdf;
	}

	@GetMapping(SHARES)
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, model, null, null, "", null);
	}

	@PostMapping(SHARES)
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String recipient,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			@RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response) {
		BilanId bilan = new BilanId(id);
		if (recipient.isBlank() || recipient.length() > 200) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(user, id, model, null, "synthesis.share.error.recipient", recipient, expiresOn);
		}
		ShareService.Outcome outcome = shares.create(user, bilan, recipient, expiresOn, password);
		if (outcome.created().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(user, id, model, null, "synthesis.share.error." + outcome.refusal().name().toLowerCase(java.util.Locale.ROOT),
					recipient, expiresOn);
		}
		response.setHeader("Cache-Control", "no-store");
		return page(user, id, model, outcome.created().get(), null, "", null);
	}

	@PostMapping(SHARES + "/{share}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID share,
			RedirectAttributes redirect) {
		boolean revoked = shares.revoke(user, new BilanId(id), share);
		redirect.addFlashAttribute(revoked ? "flash" : "problem", revoked ? "synthesis.share.revoked" : "synthesis.share.alreadyRevoked");
		return "redirect:/worker/bilans/" + id + "/synthesis/shares";
	}

	@GetMapping("/shared/{token}")
	String open(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
		Optional<ShareService.Opened> opened = shares.opened(token);
		if (opened.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("token", token);
		if (!unlocked(session).contains(opened.get().shareId())) {
			model.addAttribute("codeProblem", null);
			return "synthesis/shared-code";
		}
		model.addAttribute("doc", shared.document(opened.get()));
		response.setHeader("Cache-Control", "no-store");
		return "synthesis/shared";
	}

	@PostMapping("/shared/{token}")
	String unlock(@PathVariable String token, @RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			HttpServletResponse response) {
		ShareService.Unlock outcome = shares.unlock(token, code);
		if (outcome == ShareService.Unlock.GONE) {
			return gone(response);
		}
		if (outcome != ShareService.Unlock.OPENED) {
			response.setStatus(outcome == ShareService.Unlock.BLOCKED ? HttpStatus.TOO_MANY_REQUESTS.value()
					: HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("token", token);
			model.addAttribute("codeProblem", outcome == ShareService.Unlock.BLOCKED ? "synthesis.shared.blocked" : "synthesis.shared.wrong");
			return "synthesis/shared-code";
		}
		Set<UUID> unlocked = new HashSet<>(unlocked(session));
		shares.opened(token).ifPresent(share -> unlocked.add(share.shareId()));
		session.setAttribute(UNLOCKED, unlocked);
		return "redirect:/shared/" + token;
	}

	@GetMapping("/shared/{token}/pdf")
	ResponseEntity<byte[]> sharedPdf(@PathVariable String token, HttpSession session) {
		ShareService.Opened opened = shares.opened(token).filter(share -> unlocked(session).contains(share.shareId()))
				.orElseThrow(BilanNotFound::new);
		Document document = shared.document(opened);
		return Downloads.attachment(pdf.fileName(document), MediaType.APPLICATION_PDF, pdf.render(document));
	}

	private String page(CurrentUser user, UUID id, Model model, ShareService.Created created, String problem, String recipient,
			LocalDate expiresOn) {
		BilanId bilan = new BilanId(id);
		SynthesisService.View view = synthesis.view(user, bilan);
		model.addAttribute("view", view);
		model.addAttribute("shares", shares.list(user, bilan));
		model.addAttribute("created", created);
		model.addAttribute("shareUrl", created == null ? "" : ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/shared/{token}").buildAndExpand(created.token()).toUriString());
		model.addAttribute("shareProblem", problem);
		model.addAttribute("recipient", recipient);
		model.addAttribute("expiresOn", expiresOn == null ? "" : expiresOn.toString());
		model.addAttribute("today", SynthesisService.today(clock));
		return "synthesis/shares";
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "synthesis/shared-gone";
	}

	@SuppressWarnings("unchecked")
	private static Set<UUID> unlocked(HttpSession session) {
		Object value = session.getAttribute(UNLOCKED);
		return value instanceof Set<?> set ? (Set<UUID>) set : Set.of();
	}
}
