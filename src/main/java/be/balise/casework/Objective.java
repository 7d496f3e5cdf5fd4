package be.balise.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An objective of the bilan as both its authors read it, with its version (for concurrent edits) and comments. */
public record Objective(UUID id, String text, long version, Instant updatedAt, List<Comment> comments) {

	/** A comment on an objective, by its author (an account id). */
	public record Comment(UUID id, UUID authorId, String text, Instant writtenAt) {
	}
}
