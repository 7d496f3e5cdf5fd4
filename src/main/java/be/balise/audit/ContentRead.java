package be.balise.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One read of bilan content: who (account id and the role they acted in), which bilan, which object
 * (a kind and an id, never the content itself) and why.
 */
public record ContentRead(UUID readerId, String role, UUID bilanId, String objectKind, UUID objectId, String purpose) {

	public ContentRead {
		Objects.requireNonNull(readerId, "readerId");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(bilanId, "bilanId");
		Objects.requireNonNull(objectKind, "objectKind");
		Objects.requireNonNull(purpose, "purpose");
	}
}
