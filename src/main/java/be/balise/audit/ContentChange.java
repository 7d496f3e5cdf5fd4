package be.balise.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One change of bilan content, described like a {@link ContentRead}: who, in which role, which bilan and
 * object (a kind and an id, never the content) and why.
 */
public record ContentChange(UUID actorId, String role, UUID bilanId, String objectKind, UUID objectId, String purpose) {

	public ContentChange {
		Objects.requireNonNull(actorId, "actorId");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(bilanId, "bilanId");
		Objects.requireNonNull(objectKind, "objectKind");
		Objects.requireNonNull(purpose, "purpose");
	}
}
