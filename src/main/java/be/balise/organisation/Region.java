package be.balise.organisation;

import java.util.Locale;

/** The regions of Belgium an operator serves. */
public enum Region {

	BRUSSELS, WALLONIA, FLANDERS;

	public String messageKey() {
		return "organisation.region." + name().toLowerCase(Locale.ROOT);
	}
}
