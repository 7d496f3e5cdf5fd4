package be.balise.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: what it holds, and the change of its sign-in address. */
@Controller
class AccountController {

	private final AccountService accounts;
	private final PasswordService passwords;
	private final EmailChangeService emailChanges;
	private final MessageSource messages;

	AccountController(AccountService accounts, PasswordService passwords, EmailChangeService emailChanges,
			MessageSource messages) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.emailChanges = emailChanges;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		// An account removed while its session was open has no page: 404 rather than a failure.
		model.addAttribute("account", accounts.summaries(List.of(user.id())).stream().findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "identity/account";
	}

	@GetMapping("/account/email")
	String emailForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return "identity/email-change";
	}

	@PostMapping("/account/email")
	String requestEmailChange(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String currentPassword, Model model, RedirectAttributes redirect) {
		var errors = new FormMessages(messages);
		var address = EmailAddress.parse(email);
		if (address.isEmpty()) {
			errors.add("email", "identity.email.invalid");
		} else if (address.get().value().equals(user.email())) {
			errors.add("email", "identity.email.same");
		}
		if (!passwords.matchesCurrent(user.id(), currentPassword)) {
			errors.add("currentPassword", "identity.password.currentWrong");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("email", email);
			model.addAttribute("errors", errors.asMap());
			return "identity/email-change";
		}
		emailChanges.request(user, address.get());
		redirect.addFlashAttribute("notice", "identity.account.emailChangeSent");
		return "redirect:/account";
	}

	@GetMapping("/account/email/confirm")
	String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		var newEmail = emailChanges.pendingAddress(token);
		if (newEmail.isEmpty()) {
			return LinkInvalidPage.show(model, response);
		}
		model.addAttribute("titleKey", "identity.email.confirm.title");
		model.addAttribute("textKey", "identity.email.confirm.text");
		model.addAttribute("textArgument", newEmail.get());
		model.addAttribute("action", "/account/email/confirm");
		model.addAttribute("buttonKey", "identity.email.confirm.submit");
		model.addAttribute("token", token);
		return "identity/confirm";
	}

	@PostMapping("/account/email/confirm")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!emailChanges.confirm(token)) {
			return LinkInvalidPage.show(model, response);
		}
		return "redirect:/login?emailChanged";
	}
}
