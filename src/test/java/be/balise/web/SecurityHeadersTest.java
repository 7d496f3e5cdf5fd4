package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;
import be.balise.identity.DeclaredRoutes;
import be.balise.identity.Role;
import be.balise.testing.Caller;
import be.balise.testing.FullStackTest;
import be.balise.testing.Route;
import be.balise.testing.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md S7: every GET route, for every caller the table lets in, answers with the security headers;
 * so do the error page and the static assets. The real server's error pages are checked in {@link ErrorPagesTest}.
 */
@FullStackTest
class SecurityHeadersTest {

	private static final AtomicInteger RESPONSES = new AtomicInteger();

	@Autowired ApplicationContext context;
	@Autowired MockMvc mvc;

	@TestFactory
	Stream<DynamicTest> everyGetRouteAnswersWithTheSecurityHeaders() {
		return DeclaredRoutes.of(context).stream().filter(rule -> rule.method() == HttpMethod.GET)
				.flatMap(rule -> Caller.all().stream().filter(caller -> caller.passes(rule)).map(caller -> {
					Route route = Route.of(rule);
					return DynamicTest.dynamicTest(route + " as " + caller, () -> {
						MockHttpServletResponse response = mvc.perform(caller.sign(request(HttpMethod.GET, route.sampleUri())))
								.andReturn().getResponse();
						checkPage(route + " as " + caller, response);
					});
				}));
	}

	@Test
	void theErrorPageCarriesTheSecurityHeaders() throws Exception {
		for (int status : new int[] { 400, 403, 404, 500, 503 }) {
			MockHttpServletResponse response = mvc.perform(get("/error")
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)).andReturn().getResponse();

			assertThat(response.getStatus()).isEqualTo(status);
			checkPage("error page " + status, response);
		}
	}

	@Test
	void aRefusedRequestCarriesTheSecurityHeaders() throws Exception {
		MockHttpServletResponse response = mvc.perform(new Caller(Role.WORKER).sign(get("/undeclared")))
				.andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		checkPage("refused request", response);
	}

	@Test
	void staticAssetsCarryTheSecurityHeaders() throws Exception {
		for (String asset : new String[] { "/assets/balise.css", "/webjars/htmx.org/dist/htmx.min.js" }) {
			MockHttpServletResponse response = mvc.perform(get(asset)).andReturn().getResponse();

			assertThat(response.getStatus()).as(asset).isEqualTo(200);
			RESPONSES.incrementAndGet();
			SecurityHeaders.check(asset, response::getHeader, false);
		}
	}

	private static void checkPage(String what, MockHttpServletResponse response) {
		RESPONSES.incrementAndGet();
		SecurityHeaders.check(what, response::getHeader, true);
	}

	@AfterAll
	static void report() {
		System.out.println("Security headers: " + RESPONSES.get() + " responses checked");
	}
}
