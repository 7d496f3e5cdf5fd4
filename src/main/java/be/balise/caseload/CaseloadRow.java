package be.balise.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanState;

/** One line of the caseload: a bilan's state, its next session, its hours against the maximum and its alerts. */
public record CaseloadRow(UUID bilanId, UUID workerId, BilanState state, Instant changedAt, Instant nextSessionAt,
		int heldMinutes, int plannedMinutes, Integer maxMinutes, Set<CaseloadAlert> alerts) {

	/** Hours held, e.g. {@code 4,5}; one decimal. */
	public String heldHours() {
		return hours(heldMinutes);
	}

	/** The scheme's maximum in hours, or null when it sets none. */
	public String maxHours() {
		return maxMinutes == null ? null : hours(maxMinutes);
	}

	/** Held and planned minutes as a share of the maximum, 0 to 100 (capped), for a bar; 0 without a maximum. */
	public int usedPercent() {
		if (maxMinutes == null || maxMinutes == 0) {
			return 0;
		}
		return Math.min(100, (heldMinutes + plannedMinutes) * 100 / maxMinutes);
	}

	private static String hours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros()
				.toPlainString();
	}
}
