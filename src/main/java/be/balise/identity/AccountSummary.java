package be.balise.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An account as lists show it: who, which roles, and whether the person can sign in. */
public record AccountSummary(AccountId id, String email, String displayName, Set<Role> roles, boolean enabled,
		boolean emailConfirmed, Instant createdAt) {

	public AccountSummary {
		roles = Set.copyOf(roles);
	}

	/** The message key of the account's state: active, disabled, or waiting for the confirmation of its address. */
	public String stateKey() {
		if (!enabled) {
			return "identity.account.state.disabled";
		}
		return emailConfirmed ? "identity.account.state.active" : "identity.account.state.unconfirmed";
	}

	/** The roles in the order of {@link Role}, for display. */
	public List<Role> sortedRoles() {
		return Arrays.stream(Role.values()).filter(roles::contains).toList();
	}

	@Override
	public String toString() {
		return "AccountSummary[" + id + "]";
	}
}
