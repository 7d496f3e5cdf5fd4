package be.balise.organisation;

import java.util.Objects;
import java.util.UUID;

public record OperatorId(UUID value) {

	public OperatorId {
		Objects.requireNonNull(value, "value");
	}

	public static OperatorId random() {
		return new OperatorId(UUID.randomUUID());
	}

	public static OperatorId of(String value) {
		return new OperatorId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
