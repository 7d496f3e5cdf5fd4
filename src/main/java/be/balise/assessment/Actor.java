package be.balise.assessment;

import java.util.Objects;
import java.util.UUID;

import be.balise.identity.Role;

/** Who does something to a bilan, and in which role: the history keeps both. */
public record Actor(UUID accountId, Role role) {

	public Actor {
		Objects.requireNonNull(accountId, "accountId");
		Objects.requireNonNull(role, "role");
	}
}
