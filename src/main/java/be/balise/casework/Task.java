package be.balise.casework;

import java.time.Instant;
import java.util.UUID;

/** A task between sessions; {@code doneAt} is null while it is open, {@code comment} is the worker's word on it. */
public record Task(UUID id, String text, Instant createdAt, Instant doneAt, String comment) {

	public boolean done() {
		return doneAt != null;
	}
}
