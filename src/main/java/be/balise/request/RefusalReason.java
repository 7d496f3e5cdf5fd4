package be.balise.request;

/**
 * Why the fund refuses a request: a short fixed list, each shown to the worker in their language
 * ({@code request.refusal.<name>}), with the officer's own words beside it when they add some.
 */
public enum RefusalReason {
	SECTOR_NOT_COVERED,
	RECENT_BILAN,
	EXPERIENCE_TOO_SHORT,
	REGION_NOT_COVERED,
	NO_HOURS_LEFT,
	INCOMPLETE_REQUEST,
	/** Needs the officer's own words. */
	OTHER;

	public String messageKey() {
		return "request.refusal." + name();
	}

	/** The reason named by a form, or null for an empty or unknown value. */
	static RefusalReason parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip());
		} catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
