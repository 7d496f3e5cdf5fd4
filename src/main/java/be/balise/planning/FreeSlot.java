package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

/** A time a counsellor offers to the workers they accompany; {@code bilanId} is set once a worker took it. */
public record FreeSlot(UUID id, UUID counsellorId, Instant startsAt, int durationMinutes, Modality modality, UUID bilanId,
		UUID sessionId) {

	public boolean taken() {
		return bilanId != null;
	}
}
