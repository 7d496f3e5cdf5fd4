package be.balise.organisation;

import java.util.Objects;
import java.util.UUID;

public record FundId(UUID value) {

	public FundId {
		Objects.requireNonNull(value, "value");
	}

	public static FundId random() {
		return new FundId(UUID.randomUUID());
	}

	public static FundId of(String value) {
		return new FundId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
