package be.balise.synthesis;

import java.time.Instant;
import java.util.UUID;

/** A revision's number, author, date and validations, without its text. */
public record RevisionInfo(int number, UUID authorId, Instant savedAt, Instant counsellorValidatedAt, Instant workerValidatedAt) {

	public boolean validated() {
		return counsellorValidatedAt != null && workerValidatedAt != null;
	}
}
