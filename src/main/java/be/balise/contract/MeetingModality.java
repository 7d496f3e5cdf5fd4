package be.balise.contract;

import java.util.Locale;

/** How the sessions of the bilan are meant to take place, as the convention states it. */
public enum MeetingModality {

	IN_PERSON, REMOTE, MIXED;

	public String messageKey() {
		return "contract.modality." + name().toLowerCase(Locale.ROOT);
	}
}
