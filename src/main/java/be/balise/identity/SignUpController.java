package be.balise.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A worker's own sign-up and the confirmation of their address. */
@Controller
class SignUpController {

	static final int MAX_NAME_LENGTH = 200;

	/** The fields the sign-up form sends; nothing else is read from the request. */
	record SignUpForm(String name, String email, String password, String passwordConfirmation, String language) {
	}

	private final SignUpService signUps;
	private final PasswordFields passwordFields;
	private final MessageSource messages;

	SignUpController(SignUpService signUps, PasswordFields passwordFields, MessageSource messages) {
		this.signUps = signUps;
		this.passwordFields = passwordFields;
		this.messages = messages;
	}

	@GetMapping("/signup")
	String form(@RequestParam(required = false) String sent, Model model) {
		if (sent != null) {
			return MailSentPage.show(model, "identity.signUp.sent.title", "identity.signUp.sent.text");
		}
		return show(model, new SignUpForm("", "", null, null, LocaleContextHolder.getLocale().getLanguage()), Map.of());
	}

	@PostMapping("/signup")
	String signUp(SignUpForm form, Model model) {
		var errors = new FormMessages(messages);
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
			errors.add("name", "identity.signUp.nameRequired", MAX_NAME_LENGTH);
		}
		var email = EmailAddress.parse(form.email());
		if (email.isEmpty()) {
			errors.add("email", "identity.email.invalid");
		}
		passwordFields.check(errors, form.password(), form.passwordConfirmation(), form.email());
		if (!errors.isEmpty()) {
			return show(model, form, errors.asMap());
		}
		signUps.signUp(name, email.get(), form.password(), OfferedLanguages.chosen(form.language()));
		return "redirect:/signup?sent";
	}

	@GetMapping("/signup/confirm")
	String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!signUps.isPending(token)) {
			return LinkInvalidPage.show(model, response);
		}
		model.addAttribute("titleKey", "identity.signUp.confirm.title");
		model.addAttribute("textKey", "identity.signUp.confirm.text");
		model.addAttribute("action", "/signup/confirm");
		model.addAttribute("buttonKey", "identity.signUp.confirm.submit");
		model.addAttribute("token", token);
		return "identity/confirm";
	}

	@PostMapping("/signup/confirm")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!signUps.confirm(token)) {
			return LinkInvalidPage.show(model, response);
		}
		return "redirect:/login?confirmed";
	}

	private static String show(Model model, SignUpForm form, Map<String, List<String>> errors) {
		model.addAttribute("name", form.name());
		model.addAttribute("email", form.email());
		model.addAttribute("language", OfferedLanguages.chosen(form.language()).getLanguage());
		model.addAttribute("errors", errors);
		return "identity/signup";
	}
}
