package be.balise.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, stated here rather than left to the container: without it the attributes depend on where
 * the application runs (a mock servlet context gives neither HttpOnly nor SameSite). Secure follows the
 * request, so it is set behind TLS (the proxy's forwarded protocol) and left off on a plain local start.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	DefaultCookieSerializer cookieSerializer() {
		var serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}
}
