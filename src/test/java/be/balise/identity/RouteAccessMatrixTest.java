package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import be.balise.testing.Caller;
import be.balise.testing.FullStackTest;
import be.balise.testing.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SECURITY.md A2, the generic part: every line of the authorization table, called by every role and by an
 * anonymous visitor, gives what the table says. Refused: 403 for a signed-in person, the sign-in page for a
 * visitor. Allowed: anything but those (a 404 on a random id is fine here; object-level access is tested
 * with real objects by the module that owns them). Routes that modules add later are covered as they come; a
 * handler that fails on an unknown id fails here too, since it owes that caller a 404.
 */
@FullStackTest
class RouteAccessMatrixTest {

	static final Path REPORT = Path.of("target", "route-access-matrix.md");
	private static final Map<String, Map<String, String>> OUTCOMES = new ConcurrentHashMap<>();

	@Autowired ApplicationContext context;
	@Autowired MockMvc mvc;

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheTableSaysOnEveryRoute() {
		List<RouteRule> rules = DeclaredRoutes.of(context);
		assertThat(rules).isNotEmpty();
		return rules.stream().flatMap(rule -> Caller.all().stream().map(caller -> DynamicTest.dynamicTest(
				Route.of(rule) + " as " + caller + (caller.passes(rule) ? " is allowed" : " is refused"),
				() -> check(rule, caller))));
	}

	private void check(RouteRule rule, Caller caller) throws Exception {
		Route route = Route.of(rule);
		MockHttpServletRequestBuilder call = caller.sign(request(route.method(), route.sampleUri()));
		if (route.method() != HttpMethod.GET) {
			call = call.with(csrf());
		}
		MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
		boolean toSignIn = isRedirectToSignIn(response);
		OUTCOMES.computeIfAbsent(route.toString(), key -> new ConcurrentHashMap<>())
				.put(caller.toString(), response.getStatus() + (toSignIn ? " sign-in" : ""));

		if (caller.passes(rule)) {
			assertThat(response.getStatus()).as("%s as %s is allowed by the table", route, caller).isNotEqualTo(403);
			assertThat(toSignIn).as("%s as %s is allowed, yet sent to sign in", route, caller).isFalse();
		} else if (caller.anonymous()) {
			assertThat(toSignIn).as("%s as a visitor is sent to sign in (status %d)", route, response.getStatus()).isTrue();
		} else {
			assertThat(response.getStatus()).as("%s as %s is refused", route, caller).isEqualTo(403);
		}
	}

	@TestFactory
	Stream<DynamicTest> aRouteNoModuleDeclaresIsRefusedToEveryone() {
		String undeclared = "/undeclared-" + UUID.randomUUID();
		return Caller.all().stream().map(caller -> DynamicTest.dynamicTest("GET " + undeclared + " as " + caller, () -> {
			MockHttpServletResponse response = mvc.perform(caller.sign(request(HttpMethod.GET, undeclared))).andReturn().getResponse();
			if (caller.anonymous()) {
				assertThat(isRedirectToSignIn(response)).as("a visitor is sent to sign in").isTrue();
			} else {
				assertThat(response.getStatus()).isEqualTo(403);
			}
		}));
	}

	private static boolean isRedirectToSignIn(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() / 100 == 3 && location != null
				&& (location.equals("/login") || location.endsWith("://localhost/login"));
	}

	@AfterAll
	static void writeTheMatrix() throws IOException {
		List<Caller> callers = Caller.all();
		int cells = OUTCOMES.values().stream().mapToInt(Map::size).sum();
		StringBuilder md = new StringBuilder("# Route access matrix\n\n")
				.append(cells).append(" cells tested over ").append(OUTCOMES.size()).append(" routes and ")
				.append(callers.size()).append(" callers (status each caller got).\n\n| route |");
		callers.forEach(caller -> md.append(' ').append(caller).append(" |"));
		md.append("\n|---|").append("---|".repeat(callers.size())).append('\n');
		new TreeMap<>(OUTCOMES).forEach((route, outcomes) -> {
			md.append("| `").append(route).append("` |");
			callers.forEach(caller -> md.append(' ').append(outcomes.getOrDefault(caller.toString(), "")).append(" |"));
			md.append('\n');
		});
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, md);
		System.out.println("Route access matrix: " + cells + " cells tested over " + OUTCOMES.size() + " routes");
	}
}
