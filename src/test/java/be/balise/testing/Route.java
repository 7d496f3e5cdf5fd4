package be.balise.testing;

import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.balise.identity.RouteRule;
import org.springframework.http.HttpMethod;

/** A method and a path pattern, as a handler mapping or a line of the authorization table names them. */
public record Route(HttpMethod method, String pattern) implements Comparable<Route> {

	private static final Comparator<Route> ORDER = Comparator.comparing(Route::pattern)
			.thenComparing(route -> route.method().name());
	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::([^}]*))?}");

	public static Route of(RouteRule rule) {
		return new Route(rule.method(), rule.pattern());
	}

	/**
	 * A concrete path the pattern matches: variables become random UUIDs (digits when the variable takes only
	 * digits), wildcards a plain segment. Object-level access is tested elsewhere with real objects.
	 */
	public String sampleUri() {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			String regex = variables.group(2);
			String value = regex != null && regex.contains("\\d") ? "4242" : UUID.randomUUID().toString();
			variables.appendReplacement(uri, Matcher.quoteReplacement(value));
		}
		variables.appendTail(uri);
		return uri.toString().replace("**", "sample").replace("*", "sample");
	}

	@Override
	public int compareTo(Route other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return method.name() + " " + pattern;
	}
}
