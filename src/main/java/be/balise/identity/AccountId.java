package be.balise.identity;

import java.util.UUID;

public record AccountId(UUID value) implements java.io.Serializable {

	public AccountId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
