package be.balise.organisation;

import java.util.Locale;

/** How sessions take place. */
public enum Modality {

	IN_PERSON, REMOTE;

	public String messageKey() {
		return "organisation.modality." + name().toLowerCase(Locale.ROOT);
	}
}
