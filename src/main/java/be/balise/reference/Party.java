package be.balise.reference;

import java.util.Locale;

/** Who starts a scheme of the lexicon, and who receives its results. */
public enum Party {

	WORKER, EMPLOYER, MEDICAL_ADVISER;

	public String messageKey() {
		return "reference.party." + name().toLowerCase(Locale.ROOT);
	}
}
