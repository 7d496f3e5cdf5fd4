package be.balise.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password, reset through the e-mailed link, and change of password by a signed-in person. */
@Controller
class PasswordController {

	private final PasswordService passwords;
	private final PasswordFields passwordFields;
	private final MessageSource messages;

	PasswordController(PasswordService passwords, PasswordFields passwordFields, MessageSource messages) {
		this.passwords = passwords;
		this.passwordFields = passwordFields;
		this.messages = messages;
	}

	@GetMapping("/password/forgotten")
	String forgottenForm(@RequestParam(required = false) String sent, Model model) {
		if (sent != null) {
			return MailSentPage.show(model, "identity.password.forgotten.sent.title", "identity.password.forgotten.sent.text");
		}
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return "identity/password-forgotten";
	}

	@PostMapping("/password/forgotten")
	String forgotten(@RequestParam(defaultValue = "") String email, Model model) {
		var address = EmailAddress.parse(email);
		if (address.isEmpty()) {
			model.addAttribute("email", email);
			model.addAttribute("errors", new FormMessages(messages).add("email", "identity.email.invalid").asMap());
			return "identity/password-forgotten";
		}
		passwords.requestReset(address.get());
		return "redirect:/password/forgotten?sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (passwords.resetTarget(token).isEmpty()) {
			return LinkInvalidPage.show(model, response);
		}
		return showReset(model, token, Map.of());
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, Model model, HttpServletResponse response) {
		var account = passwords.resetTarget(token);
		if (account.isEmpty()) {
			return LinkInvalidPage.show(model, response);
		}
		var errors = new FormMessages(messages);
		passwordFields.check(errors, password, passwordConfirmation, account.get().email());
		if (!errors.isEmpty()) {
			return showReset(model, token, errors.asMap());
		}
		if (!passwords.reset(token, password)) {
			return LinkInvalidPage.show(model, response);
		}
		return "redirect:/login?reset";
	}

	@GetMapping("/account/password")
	String changeForm(Model model) {
		model.addAttribute("errors", Map.of());
		return "identity/password-change";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordConfirmation,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		var errors = new FormMessages(messages);
		if (!passwords.matchesCurrent(user.id(), currentPassword)) {
			errors.add("currentPassword", "identity.password.currentWrong");
		}
		passwordFields.check(errors, password, passwordConfirmation, user.email());
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors.asMap());
			return "identity/password-change";
		}
		passwords.change(user, password, request.getSession().getId());
		redirect.addFlashAttribute("notice", "identity.account.passwordChanged");
		return "redirect:/account";
	}

	private static String showReset(Model model, String token, Map<String, List<String>> errors) {
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "identity/password-reset";
	}
}
