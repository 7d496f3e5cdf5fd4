package be.balise.identity;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/** The authorization table as the running application assembled it, for tests in any package. */
public final class DeclaredRoutes {

	/** Answered by Spring Security's filters before any controller (anyone may sign in or out): no handler mapping. */
	public static final List<RouteRule> FILTER_HANDLED = List.of(
			RouteRule.open(HttpMethod.POST, "/login"),
			RouteRule.open(HttpMethod.POST, "/logout"));

	private DeclaredRoutes() {
	}

	public static List<RouteRule> of(ApplicationContext context) {
		return context.getBean(SecurityConfiguration.AuthorizationTable.class).rules();
	}
}
