package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SECURITY.md S6: the cookies Balise sets are HttpOnly and SameSite=Lax, and Secure whenever the request came
 * over TLS (behind a proxy, the forwarded protocol makes the request secure; see the server test).
 */
@FullStackTest
class SessionCookieTest {

	@Autowired MockMvc mvc;

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureOverTls() throws Exception {
		String overTls = cookie(get("/login").secure(true), "SESSION");
		String plain = cookie(get("/login"), "SESSION");

		assertThat(overTls).contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax").contains("; Secure");
		assertThat(plain).contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void theLanguageCookieIsHttpOnlyLaxAndSecureOverTls() throws Exception {
		String overTls = cookie(post("/language").param("lang", "nl").with(csrf()).secure(true), "balise-lang");
		String plain = cookie(post("/language").param("lang", "nl").with(csrf()), "balise-lang");

		assertThat(overTls).startsWith("balise-lang=nl").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
				.contains("; Secure");
		assertThat(plain).startsWith("balise-lang=nl").contains("; HttpOnly").doesNotContain("Secure");
	}

	private String cookie(MockHttpServletRequestBuilder request, String name) throws Exception {
		List<String> cookies = mvc.perform(request).andReturn().getResponse().getHeaders("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " cookie among " + cookies.stream()
						.map(cookie -> cookie.substring(0, cookie.indexOf('='))).toList()));
	}
}
