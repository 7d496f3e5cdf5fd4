package be.balise.planning;

import java.math.BigDecimal;

/**
 * Hours of a bilan: held sessions count, planned ones are what is coming; {@code maxHours} is the scheme's
 * maximum, or null when the scheme sets none.
 */
public record Hours(int heldMinutes, int plannedMinutes, BigDecimal maxHours) {

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
