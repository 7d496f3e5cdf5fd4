package be.balise.assessment;

/** The parts of a bilan that PRODUCT.md §3 distinguishes when it says who may see what. */
public enum BilanPart {
	IDENTITY,
	ELIGIBILITY,
	REQUEST_REASONS,
	FIRST_MEETING,
	ADMINISTRATION,
	CONVENTION,
	SESSION_NOTES,
	CASEWORK,
	INSTRUMENTS,
	SYNTHESIS,
	APPRAISAL,
	FOLLOW_UP,
	/** The reasons people gave for moves of the journey (their own words). */
	HISTORY_REASONS;

	/** Whether this part is content (what people said or wrote), as opposed to administration. */
	public boolean isContent() {
		return switch (this) {
			case IDENTITY, ELIGIBILITY, ADMINISTRATION, CONVENTION -> false;
			default -> true;
		};
	}
}
