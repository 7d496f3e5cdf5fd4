package be.balise.assessment;

import java.util.Objects;
import java.util.UUID;

public record BilanId(UUID value) {

	public BilanId {
		Objects.requireNonNull(value, "value");
	}

	public static BilanId random() {
		return new BilanId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
