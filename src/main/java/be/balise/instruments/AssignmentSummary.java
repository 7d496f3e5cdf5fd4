package be.balise.instruments;

import java.time.Instant;
import java.util.UUID;

/** What lists show of an assignment: which instrument and where it stands, no answers. */
public record AssignmentSummary(UUID id, String instrument, int instrumentVersion, Instant assignedAt, Instant submittedAt) {

	public boolean submitted() {
		return submittedAt != null;
	}
}
