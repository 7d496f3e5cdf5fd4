package be.balise.reference;

import java.util.Locale;

/** What a scheme of the lexicon does: take stock (diagnosis), carry out a project, recognise skills, or care. */
public enum Purpose {

	DIAGNOSIS, IMPLEMENTATION, RECOGNITION, CARE;

	public String messageKey() {
		return "reference.purpose." + name().toLowerCase(Locale.ROOT);
	}
}
