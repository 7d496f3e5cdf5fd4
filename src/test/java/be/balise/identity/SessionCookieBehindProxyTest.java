package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.balise.testing.ServerTest;
import be.balise.testing.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SECURITY.md S6 on a real server: behind a proxy that ends TLS (it says so with X-Forwarded-Proto), the session
 * cookie is Secure; on a plain local start it is not, so that signing in still works there.
 */
@ServerTest
class SessionCookieBehindProxyTest {

	@LocalServerPort int port;

	@Test
	void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverTls() {
		String behindTls = sessionCookie(new Visitor(port).get("/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie"));
		String plain = sessionCookie(new Visitor(port).get("/login").headers().allValues("Set-Cookie"));

		assertThat(behindTls).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(plain).doesNotContain("Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
	}

	private static String sessionCookie(List<String> cookies) {
		return cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
				.orElseThrow(() -> new AssertionError("no session cookie"));
	}
}
