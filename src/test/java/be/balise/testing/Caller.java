package be.balise.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.balise.identity.AccountId;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.identity.RouteRule;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who calls a route in the access tests: a visitor who has not signed in, or a person holding exactly one role. */
public record Caller(Role role) {

	public static final Caller ANONYMOUS = new Caller(null);

	/** The anonymous visitor first, then one person per role. */
	public static List<Caller> all() {
		List<Caller> callers = new ArrayList<>();
		callers.add(ANONYMOUS);
		for (Role role : Role.values()) {
			callers.add(new Caller(role));
		}
		return List.copyOf(callers);
	}

	public boolean anonymous() {
		return role == null;
	}

	/** What the authorization table says about this caller on that line. */
	public boolean passes(RouteRule rule) {
		return rule.allows(anonymous() ? Set.of() : Set.of(role), !anonymous());
	}

	/** The request, sent as this caller: a fresh account that exists only in the security context. */
	public MockHttpServletRequestBuilder sign(MockHttpServletRequestBuilder request) {
		if (anonymous()) {
			return request;
		}
		var person = new CurrentUser(AccountId.random(), role.name().toLowerCase(Locale.ROOT) + "@caller.test.balise.be",
				"Caller", Set.of(role), null, true, Locale.FRENCH);
		return request.with(user(person));
	}

	@Override
	public String toString() {
		return anonymous() ? "anonymous" : role.name();
	}
}
