package be.balise.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** French first, then Dutch and English; the reader's choice is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class Languages {

	static final Locale DEFAULT = Locale.FRENCH;
	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH);
	static final String COOKIE = "balise-lang";

	@Bean
	MessageSource messageSource() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setDefaultLocale(DEFAULT);
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new SecureWhenTlsCookieLocaleResolver();
		resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null ? DEFAULT
				: supported(request.getLocale()));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/** The language cookie, Secure whenever the request came over TLS (like the session cookie). */
	private static final class SecureWhenTlsCookieLocaleResolver extends CookieLocaleResolver {

		SecureWhenTlsCookieLocaleResolver() {
			super(COOKIE);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
			super.setLocaleContext(request, request.isSecure() ? new SecureCookies(response) : response, context);
		}
	}

	private static final class SecureCookies extends HttpServletResponseWrapper {

		SecureCookies(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			boolean insecureCookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && !value.contains("; Secure");
			super.addHeader(name, insecureCookie ? value + "; Secure" : value);
		}
	}

	/** The closest language Balise speaks, French when none matches. */
	static Locale supported(Locale wanted) {
		if (wanted == null) {
			return DEFAULT;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(DEFAULT);
	}
}
