package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

/**
 * One session as administration sees it: when, how long, how, and how it ended. The place is content and
 * is never part of it (see {@link SessionDetail}).
 */
public record SessionView(UUID id, UUID bilanId, Instant startsAt, int durationMinutes, String status, Modality modality,
		String cancelledBy, int sequence) {

	public Instant endsAt() {
		return startsAt.plusSeconds(durationMinutes * 60L);
	}

	public boolean planned() {
		return "PLANNED".equals(status);
	}
}
