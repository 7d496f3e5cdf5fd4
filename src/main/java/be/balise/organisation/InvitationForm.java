package be.balise.organisation;

import be.balise.identity.FormMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.balise.identity.EmailAddress;
import org.springframework.ui.Model;

/** The invitation form, shared by the platform admin (fund officers, operator admins) and operator admins (counsellors). */
final class InvitationForm {

	static final List<String> MAIL_LANGUAGES = List.of("fr", "nl", "en");

	private InvitationForm() {
	}

	static Optional<EmailAddress> email(FormMessages errors, String email) {
		var address = EmailAddress.parse(email);
		if (address.isEmpty()) {
			errors.add("email", "identity.email.invalid");
		}
		return address;
	}

	static Locale language(String language) {
		return MAIL_LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.FRENCH;
	}

	/** Fills the model of {@code organisation/invite}; {@code counsellor} adds capacity and languages. */
	static String show(Model model, String titleKey, String action, String back, String scopeName, String email,
			String language, boolean counsellor, String capacity, Set<Language> languages, Map<String, List<String>> errors) {
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("scopeName", scopeName);
		model.addAttribute("email", email);
		model.addAttribute("language", MAIL_LANGUAGES.contains(language) ? language : "fr");
		model.addAttribute("counsellor", counsellor);
		model.addAttribute("capacity", capacity);
		model.addAttribute("languages", languages);
		model.addAttribute("errors", errors);
		return "organisation/invite";
	}
}
