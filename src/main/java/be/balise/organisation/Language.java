package be.balise.organisation;

import java.util.Locale;

/** A language in which an operator or a counsellor conducts bilans. */
public enum Language {

	FR, NL, DE, EN;

	/** The ISO 639-1 code, as in {@link Locale#getLanguage()}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "organisation.language." + code();
	}
}
