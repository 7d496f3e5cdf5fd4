package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import be.balise.testing.Caller;
import be.balise.testing.FullStackTest;
import be.balise.testing.Route;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md S6: every state-changing route refuses a request without a valid CSRF token (403), for a caller
 * the table lets in; the same request with the token gets through.
 */
@FullStackTest
class CsrfTest {

	@Autowired ApplicationContext context;
	@Autowired MockMvc mvc;

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutAToken() {
		List<RouteRule> rules = new ArrayList<>(DeclaredRoutes.of(context));
		rules.addAll(DeclaredRoutes.FILTER_HANDLED);
		return rules.stream().filter(rule -> rule.method() != HttpMethod.GET).map(rule -> {
			Route route = Route.of(rule);
			Caller caller = Caller.all().stream().filter(candidate -> candidate.passes(rule)).findFirst().orElseThrow();
			return DynamicTest.dynamicTest(route + " as " + caller, () -> {
				String uri = route.sampleUri();
				int withoutToken = mvc.perform(caller.sign(request(route.method(), uri))).andReturn().getResponse().getStatus();
				int forgedToken = mvc.perform(caller.sign(request(route.method(), uri)).with(csrf().useInvalidToken()))
						.andReturn().getResponse().getStatus();
				int withToken = mvc.perform(caller.sign(request(route.method(), uri)).with(csrf()))
						.andReturn().getResponse().getStatus();

				assertThat(withoutToken).as("%s without a token", route).isEqualTo(403);
				assertThat(forgedToken).as("%s with a forged token", route).isEqualTo(403);
				assertThat(withToken).as("%s with the token", route).isNotEqualTo(403);
			});
		});
	}
}
