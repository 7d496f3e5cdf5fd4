package be.balise.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hours of a bilan: held sessions count, planned ones are what is coming; {@code maxHours} is the scheme's
 * maximum, or null when the scheme sets none; {@code parts} split the budget when the scheme has an HOUR_BUDGET rule.
 */
public record Hours(int heldMinutes, int plannedMinutes, BigDecimal maxHours, List<HourPart> parts) {

	public Hours(int heldMinutes, int plannedMinutes, BigDecimal maxHours) {
		this(heldMinutes, plannedMinutes, maxHours, List.of());
	}

	/**
	 * Planning {@code moreMinutes} would pass the end of a part whose required document is not uploaded yet: the
	 * counsellor is warned, for the next part is not funded before that document exists.
	 */
	public boolean wouldPassAPartAwaitingItsDocument(int moreMinutes) {
		int total = heldMinutes + plannedMinutes + moreMinutes;
		int end = 0;
		for (HourPart part : parts) {
			end += part.minutes();
			if (part.document() != null && !part.documentUploaded() && total > end) {
				return true;
			}
		}
		return false;
	}

	/** A part's hours are all held while its document is missing. */
	public boolean awaitingDocument() {
		return parts.stream().anyMatch(HourPart::awaitingDocument);
	}

	/** Whether the counsellor may be asked to confirm a session that goes beyond a limit. */
	public boolean limited() {
		return maxHours != null || !parts.isEmpty();
	}

	/** Share of the maximum held or planned beyond which the counsellor is warned. */
	static final BigDecimal WARNING_SHARE = new BigDecimal("0.8");

	public boolean wouldExceed(int moreMinutes) {
		return maxHours != null && BigDecimal.valueOf(heldMinutes + plannedMinutes + moreMinutes).compareTo(maxMinutes()) > 0;
	}

	/** Held and planned sessions reach 80 % of the maximum. */
	public boolean nearlyUsed() {
		return maxHours != null
				&& BigDecimal.valueOf(heldMinutes + plannedMinutes).compareTo(maxMinutes().multiply(WARNING_SHARE)) >= 0;
	}

	public String held() {
		return format(heldMinutes);
	}

	public String planned() {
		return format(plannedMinutes);
	}

	private BigDecimal maxMinutes() {
		return maxHours.multiply(BigDecimal.valueOf(60));
	}

	/** Hours and minutes, e.g. {@code 4 h 30}. */
	static String format(int minutes) {
		return minutes / 60 + " h " + String.format("%02d", minutes % 60);
	}
}
