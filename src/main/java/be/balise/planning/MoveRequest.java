package be.balise.planning;

import java.time.Instant;
import java.util.UUID;

/** A worker's request to move a session, as its counsellor reads it. */
public record MoveRequest(UUID id, UUID sessionId, String reason, Instant askedAt) {
}
