package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import be.balise.testing.Caller;
import be.balise.testing.FullStackTest;
import be.balise.testing.HandlerRoutes;
import be.balise.testing.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * SECURITY.md A1: every route a controller serves is a line of the one authorization table, and every line
 * serves a route. The table is written to {@code target/authorization-table.md} for the issue notes.
 */
@FullStackTest
class AuthorizationTableTest {

	static final Path REPORT = Path.of("target", "authorization-table.md");

	@Autowired ApplicationContext context;
	@Autowired SecurityConfiguration.AuthorizationTable table;

	@Test
	void everyHandlerMappingIsDeclaredInTheAuthorizationTable() {
		SortedMap<Route, String> served = HandlerRoutes.of(context);

		List<String> undeclared = served.entrySet().stream()
				.filter(route -> !table.declares(route.getKey().method(), route.getKey().pattern()))
				.map(route -> route.getKey() + " (" + route.getValue() + ")")
				.toList();

		assertThat(served).as("the application serves routes").containsKey(new Route(HttpMethod.GET, "/"));
		assertThat(undeclared)
				.as("routes served but missing from the authorization table: declare them in the module's RouteRules")
				.isEmpty();
	}

	@Test
	void everyLineOfTheTableMatchesAHandlerOrASecurityFilter() {
		SortedMap<Route, String> served = HandlerRoutes.of(context);
		List<Route> filterHandled = DeclaredRoutes.FILTER_HANDLED.stream().map(Route::of).toList();

		List<Route> stale = table.rules().stream().map(Route::of)
				.filter(route -> !served.containsKey(route) && !filterHandled.contains(route))
				.sorted().toList();

		assertThat(stale).as("lines of the authorization table that no controller serves").isEmpty();
	}

	@Test
	void noRouteIsDeclaredTwice() {
		Map<Route, Long> lines = table.rules().stream()
				.collect(Collectors.groupingBy(Route::of, Collectors.counting()));

		assertThat(lines).as("routes declared by more than one line").allSatisfy((route, count) -> assertThat(count).as(route.toString()).isOne());
	}

	@Test
	void writesTheTableForTheReport() throws IOException {
		List<RouteRule> rules = new ArrayList<>(table.rules());
		rules.addAll(DeclaredRoutes.FILTER_HANDLED);
		rules.sort(Comparator.comparing(RouteRule::pattern).thenComparing(rule -> rule.method().name()));
		List<Caller> callers = Caller.all();
		SortedMap<Route, String> served = HandlerRoutes.of(context);

		StringBuilder md = new StringBuilder("# Authorization table\n\n")
				.append(table.rules().size()).append(" lines declared by the modules, ")
				.append(DeclaredRoutes.FILTER_HANDLED.size()).append(" answered by the security filters.\n\n")
				.append("| route | handler | ")
				.append(callers.stream().map(Caller::toString).collect(Collectors.joining(" | ")))
				.append(" |\n|---|---|").append("---|".repeat(callers.size())).append('\n');
		for (RouteRule rule : rules) {
			Route route = Route.of(rule);
			md.append("| `").append(route).append("` | ")
					.append(served.getOrDefault(route, "security filter")).append(" | ")
					.append(callers.stream().map(caller -> caller.passes(rule) ? "yes" : "-")
							.collect(Collectors.joining(" | ")))
					.append(" |\n");
		}
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, md);

		assertThat(REPORT).content().contains("`GET /`");
		System.out.println("Authorization table: " + table.rules().size() + " lines, written to " + REPORT);
	}
}
