package be.balise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using the running server over HTTP, with their own cookies, who does not follow redirects. Forms are
 * posted with the CSRF token of the last page seen, as a browser would.
 */
public final class Visitor {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private String csrfToken;

	public Visitor(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	/** A form post with this visitor's CSRF token (from the last page that had one). */
	public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrfToken != null) {
			fields.put("_csrf", csrfToken);
		}
		String body = fields.entrySet().stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/x-www-form-urlencoded"), headers);
	}

	public HttpResponse<String> request(String method, String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
	}

	/** Signs in through the login form; returns the answer to the form (a redirect when it worked). */
	public HttpResponse<String> signIn(String email, String password) {
		get("/login");
		return post("/login", Map.of("username", email, "password", password));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF_FIELD.matcher(response.body());
			if (token.find()) {
				csrfToken = token.group(1);
			}
			return response;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
