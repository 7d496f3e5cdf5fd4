package be.balise.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * One line of the authorization table: who may call {@code method pattern}. An empty role set with
 * {@code open} means anyone, signed in or not; an empty set without it means any signed-in person.
 */
public record RouteRule(HttpMethod method, String pattern, Set<Role> roles, boolean open) {

	public static RouteRule open(HttpMethod method, String pattern) {
		return new RouteRule(method, pattern, Set.of(), true);
	}

	public static RouteRule signedIn(HttpMethod method, String pattern) {
		return new RouteRule(method, pattern, Set.of(), false);
	}

	public static RouteRule roles(HttpMethod method, String pattern, Role first, Role... others) {
		return new RouteRule(method, pattern, Set.copyOf(EnumSet.of(first, others)), false);
	}

	/** Whether a person with these roles (none: anonymous) passes this line. */
	public boolean allows(Set<Role> held, boolean signedIn) {
		if (open) {
			return true;
		}
		if (!signedIn) {
			return false;
		}
		return roles.isEmpty() || roles.stream().anyMatch(held::contains);
	}
}
