package be.balise.planning;

import java.time.Instant;

import be.balise.assessment.HistoryEntry;

/** One line of a bilan's timeline: a session (when, how long, how it ended) or an entry of the bilan's history. */
public record TimelineItem(Instant at, SessionView session, HistoryEntry history) {

	public boolean isSession() {
		return session != null;
	}
}
