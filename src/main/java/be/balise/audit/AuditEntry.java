package be.balise.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit log as the worker's access-log view needs it; {@code objectId} may be null. */
public record AuditEntry(UUID id, AuditKind kind, UUID actorId, String role, UUID bilanId, String objectKind,
		UUID objectId, String purpose, Instant occurredAt) {
}
