package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

/**
 * A bilan's session figures for read models: minutes held and planned, the earliest session still planned (it may
 * lie in the past when nobody recorded it yet) and the start of the last held one. Administration, no content.
 */
public record SessionFigures(UUID bilanId, int heldMinutes, int plannedMinutes, Instant nextPlanned, Instant lastHeld) {

	public static SessionFigures none(UUID bilan) {
		return new SessionFigures(bilan, 0, 0, null, null);
	}
}
