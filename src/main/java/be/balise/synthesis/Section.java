package be.balise.synthesis;

import java.util.Locale;

/** The sections of a synthesis, in the order the document shows them. */
public enum Section {
	REQUEST,
	PATH,
	SKILLS,
	INTERESTS,
	OPTIONS,
	PROJECTS,
	SUCCESS_FACTORS,
	ACTION_PLAN,
	RETURN_TO_WORK;

	/** The message key of the section's title. */
	public String messageKey() {
		return "synthesis.section." + name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the hint that says what the section holds. */
	public String hintKey() {
		return "synthesis.hint." + name().toLowerCase(Locale.ROOT);
	}

	/** The anchor and form-field name of the section. */
	public String field() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Section ofField(String field) {
		return valueOf(field.toUpperCase(Locale.ROOT));
	}
}
