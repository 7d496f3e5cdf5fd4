package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.testing.InjectedFailures;
import be.balise.testing.SecurityHeaders;
import be.balise.testing.ServerTest;
import be.balise.testing.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * SECURITY.md D10 on a real server: whatever fails, injected or real, the page gives a reference number and the
 * title of its status in the reader's language, and never a stack trace, SQL or a class name. Error pages also
 * carry the security headers (S7).
 */
@ServerTest
class ErrorPagesTest {

	@LocalServerPort int port;
	@Autowired MessageSource messages;

	private Visitor visitor;

	@BeforeEach
	void visit() {
		visitor = new Visitor(port);
		visitor.get("/");
	}

	@Test
	void anUnexpectedFailureShowsAReferenceAndNothingOfTheFailure() {
		assertErrorPage(visitor.get(InjectedFailures.BASE + "/bug"), 500, "server");
	}

	@Test
	void aFailingQueryShowsNeitherTheSqlNorTheDriverMessage() {
		assertErrorPage(visitor.get(InjectedFailures.BASE + "/sql"), 500, "server");
	}

	@Test
	void aFailureAfterAFormIsPostedShowsTheSamePage() {
		assertErrorPage(visitor.post(InjectedFailures.BASE + "/sql", Map.of("note", "anything")), 500, "server");
	}

	@Test
	void aDatabaseFailureInAControllerGivesTheUnavailablePage() {
		assertErrorPage(visitor.get(InjectedFailures.BASE + "/outage"), 503, "unavailable");
	}

	@Test
	void aMalformedIdentifierInThePathIsABadRequest() {
		assertThat(visitor.get(InjectedFailures.BASE + "/typed/" + UUID.randomUUID()).statusCode()).isEqualTo(200);
		assertErrorPage(visitor.get(InjectedFailures.BASE + "/typed/not-a-uuid"), 400, "request");
	}

	@Test
	void aMissingAssetIsNotFound() {
		assertThat(visitor.get("/assets/balise.css").statusCode()).isEqualTo(200);
		assertErrorPage(visitor.get("/assets/missing.css"), 404, "notFound");
	}

	@Test
	void aWrongMethodIsRefusedWithTheErrorPage() {
		assertErrorPage(visitor.post("/assets/balise.css", Map.of()), 405, "request");
	}

	@Test
	void aStateChangeWithoutCsrfTokenIsForbidden() {
		assertErrorPage(new Visitor(port).post("/language", Map.of("lang", "nl")), 403, "forbidden");
	}

	@Test
	void aRequestTheFirewallRejectsShowsTheErrorPage() {
		HttpResponse<String> response = visitor.get("/assets/%2e%2e/balise.css");

		assertThat(response.statusCode()).isEqualTo(400);
		assertNothingLeaks(response);
	}

	@Test
	void aHeaderTooLargeForTheServerLeaksNothing() {
		HttpResponse<String> response = visitor.get("/", "X-Filler", "x".repeat(20_000));

		assertThat(response.statusCode()).isEqualTo(400);
		assertNothingLeaks(response);
	}

	@Test
	void theErrorPageSpeaksTheReadersLanguage() {
		HttpResponse<String> response = visitor.get("/assets/missing.css", "Accept-Language", "nl-BE,nl;q=0.9");

		assertThat(response.body()).contains(text("web.error.notFound.title", Locale.forLanguageTag("nl")));
	}

	private void assertErrorPage(HttpResponse<String> response, int status, String kind) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body())
				.contains(text("web.error." + kind + ".title", Locale.FRENCH))
				.containsPattern(">[^<]*\\b[0-9A-F]{8}\\b[^<]*<");
		assertNothingLeaks(response);
		SecurityHeaders.check("error page " + status, name -> response.headers().firstValue(name).orElse(null), true);
	}

	private static void assertNothingLeaks(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception", "exception", "at be.", "be.balise", "org.springframework",
				"java.", "jakarta.", "SQL", "select ", "password_hash", "42703", "Tomcat", "Whitelabel", "trace");
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
	}
}
