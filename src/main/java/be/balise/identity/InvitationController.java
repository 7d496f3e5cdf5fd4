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

/** The page an invitation link opens: a new person chooses a name and password, a known one gives theirs. */
@Controller
class InvitationController {

	private final InvitationService invitations;
	private final PasswordFields passwordFields;
	private final MessageSource messages;

	InvitationController(InvitationService invitations, PasswordFields passwordFields, MessageSource messages) {
		this.invitations = invitations;
		this.passwordFields = passwordFields;
		this.messages = messages;
	}

	@GetMapping("/invitation")
	String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		var open = invitations.find(token);
		if (open.isEmpty()) {
			return LinkInvalidPage.show(model, response);
		}
		return show(model, token, open.get(), "", Map.of());
	}

	@PostMapping("/invitation")
	String accept(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordConfirmation,
			Model model, HttpServletResponse response) {
		var open = invitations.find(token);
		if (open.isEmpty()) {
			return LinkInvalidPage.show(model, response);
		}
		var errors = new FormMessages(messages);
		if (!open.get().accountExists()) {
			String stripped = name.strip();
			if (stripped.isEmpty() || stripped.length() > SignUpController.MAX_NAME_LENGTH) {
				errors.add("name", "identity.signUp.nameRequired", SignUpController.MAX_NAME_LENGTH);
			}
			passwordFields.check(errors, password, passwordConfirmation, open.get().invitation().email());
		}
		if (!errors.isEmpty()) {
			return show(model, token, open.get(), name, errors.asMap());
		}
		var outcome = invitations.accept(token, name, password, LocaleContextHolder.getLocale());
		return switch (outcome) {
			case ACCEPTED -> "redirect:/login?invited";
			case WRONG_PASSWORD -> show(model, token, open.get(), name,
					new FormMessages(messages).add("password", "identity.password.currentWrong").asMap());
			case LINK_INVALID -> LinkInvalidPage.show(model, response);
		};
	}

	private static String show(Model model, String token, InvitationService.OpenInvitation open, String name,
			Map<String, List<String>> errors) {
		model.addAttribute("token", token);
		model.addAttribute("email", open.invitation().email());
		model.addAttribute("roleKey", open.invitation().role().messageKey() + ".name");
		model.addAttribute("scopeName", open.invitation().scopeName());
		model.addAttribute("accountExists", open.accountExists());
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "identity/invitation";
	}
}
