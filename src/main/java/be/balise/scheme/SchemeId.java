package be.balise.scheme;

import java.util.Objects;
import java.util.UUID;

public record SchemeId(UUID value) {

	public SchemeId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
