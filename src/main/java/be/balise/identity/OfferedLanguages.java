package be.balise.identity;

import java.util.List;
import java.util.Locale;

/** The languages a person may choose for their account and e-mails; French when the choice is none of them. */
final class OfferedLanguages {

	static final List<String> CODES = List.of("fr", "nl", "en");

	private OfferedLanguages() {
	}

	static Locale chosen(String language) {
		return language != null && CODES.contains(language) ? Locale.forLanguageTag(language) : Locale.FRENCH;
	}
}
