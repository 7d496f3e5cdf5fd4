package be.balise.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One person's browser over MockMvc: it keeps the cookies the application sets, so that the real session
 * (Spring Session in PostgreSQL) carries from one request to the next.
 */
final class Browser {

	private final MockMvc mvc;
	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			} else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	MvcResult signIn(String email, String password) throws Exception {
		return perform(post("/login").param("username", email).param("password", password).with(csrf()));
	}

	/** The id of the session the browser holds (the SESSION cookie is its Base64), or null. */
	String sessionId() {
		Cookie cookie = cookies.get("SESSION");
		return cookie == null ? null : new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}
}
