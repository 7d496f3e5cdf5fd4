package be.balise.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a bilan's history: a change of state or of counsellor, who made it, when and why. The reason
 * is the person's own words and is kept encrypted; {@code detail} holds an id (the operator, counsellor or
 * scheme concerned), never free text.
 */
public record HistoryEntry(UUID id, Kind kind, BilanState from, BilanState to, Actor actor, String reason, String detail,
		Instant at) {

	public enum Kind { STATE, OPERATOR_CHOSEN, COUNSELLOR_ASSIGNED, COUNSELLOR_CHANGE_PROPOSED, COUNSELLOR_CHANGED,
		COUNSELLOR_CHANGE_DECLINED }

	/** The message key describing this entry in the timeline. */
	public String messageKey() {
		return "assessment.history." + kind.name().toLowerCase(java.util.Locale.ROOT);
	}
}
