package be.balise.synthesis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A share of the validated synthesis as the worker sees it: to whom, until when, whether revoked, and its openings. */
public record Share(UUID id, int revisionNumber, String recipient, LocalDate expiresOn, Instant createdAt, Instant revokedAt,
		List<Instant> openings) {

	/** Whether the link still opens on {@code today}. */
	public boolean live(LocalDate today) {
		return revokedAt == null && !today.isAfter(expiresOn);
	}
}
