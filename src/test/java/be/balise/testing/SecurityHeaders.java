package be.balise.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;

/** SECURITY.md S7: the headers every response carries, checked the same way on MockMvc and on a real server. */
public final class SecurityHeaders {

	private SecurityHeaders() {
	}

	/**
	 * Checks the headers of one response; {@code header} gives the first value of a header or null.
	 * Pages (not static assets) must also forbid storing them.
	 */
	public static void check(String what, Function<String, String> header, boolean page) {
		var softly = new SoftAssertions();
		String csp = header.apply("Content-Security-Policy");
		softly.assertThat(csp).as("%s: Content-Security-Policy", what).isNotBlank();
		if (csp != null) {
			Map<String, String> directives = directives(csp);
			String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
			softly.assertThat(scripts).as("%s: script-src", what).isNotNull()
					.doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'").doesNotContain("*");
			boolean framesRefused = "'none'".equals(directives.get("frame-ancestors"))
					|| "DENY".equalsIgnoreCase(header.apply("X-Frame-Options"));
			softly.assertThat(framesRefused).as("%s: frame-ancestors 'none' or X-Frame-Options DENY", what).isTrue();
		}
		softly.assertThat(header.apply("Strict-Transport-Security")).as("%s: Strict-Transport-Security", what)
				.isNotNull().containsPattern("max-age=[1-9]\\d{6,}");
		softly.assertThat(header.apply("X-Content-Type-Options")).as("%s: X-Content-Type-Options", what)
				.isEqualToIgnoringCase("nosniff");
		softly.assertThat(header.apply("Referrer-Policy")).as("%s: Referrer-Policy", what)
				.isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
		if (page) {
			softly.assertThat(header.apply("Cache-Control")).as("%s: Cache-Control", what).isNotNull().contains("no-store");
		}
		softly.assertAll();
	}

	private static Map<String, String> directives(String csp) {
		return Arrays.stream(csp.split(";")).map(String::trim).filter(directive -> !directive.isEmpty())
				.collect(Collectors.toMap(directive -> directive.split("\\s+", 2)[0].toLowerCase(Locale.ROOT),
						directive -> directive.contains(" ") ? directive.split("\\s+", 2)[1] : "", (first, second) -> first));
	}
}
