package be.balise.identity;

import java.util.Objects;
import java.util.UUID;

public record InvitationId(UUID value) {

	public InvitationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
