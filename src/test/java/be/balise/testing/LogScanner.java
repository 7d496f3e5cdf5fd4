package be.balise.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SECURITY.md D11: finds in log files what must never be there. Canaries, the demo and test passwords, session
 * cookies and ids, CSRF and bearer tokens, password hashes, tokens in links, TOTP secrets. A hit names the file,
 * the line and the kind of secret, never the secret itself, so the report does not leak it once more.
 */
public final class LogScanner {

	/** Passwords written in the README and in tests: they must never reach a log. */
	public static final List<String> KNOWN_PASSWORDS = List.of("balise-demo-2026", "correct horse battery");

	private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
	private static final Map<String, Pattern> SECRETS = new LinkedHashMap<>();

	static {
		SECRETS.put("canary", Canaries.SHAPE);
		SECRETS.put("session cookie", Pattern.compile("(?i)\\b(?:SESSION|JSESSIONID)=[A-Za-z0-9%+/_=-]{16,}"));
		SECRETS.put("session id", Pattern.compile("(?i)session[ _-]?id\\W{0,3}" + UUID));
		SECRETS.put("CSRF token", Pattern.compile(
				"(?i)(?:\\b(?:_csrf|csrf[_-]?token|x-csrf-token|x-xsrf-token)\\b\\W{1,3}|name=\"_csrf\" value=\")[A-Za-z0-9_-]{20,}"));
		SECRETS.put("bearer token", Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{20,}"));
		SECRETS.put("password hash", Pattern.compile("\\$argon2(?:id|i|d)\\$v=\\d+\\$m=\\d+|\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}"));
		SECRETS.put("TOTP secret", Pattern.compile("(?i)otpauth://|\\btotp[ _-]?secret\\W{1,3}[A-Z2-7]{16,}"));
		SECRETS.put("password in a parameter", Pattern.compile("(?i)\\b(?:password|passwd|secret)=[^\\s&,;\\]]{6,}"));
		SECRETS.put("generated password", Pattern.compile("(?i)generated security password"));
		SECRETS.put("token in a link", Pattern.compile("(?i)[?&](?:token|reset|code|invitation)=[A-Za-z0-9_-]{16,}"));
	}

	/** One secret found: where, and what kind. */
	public record Hit(Path file, int line, String kind) {

		@Override
		public String toString() {
			return file + ":" + line + " holds a " + kind;
		}
	}

	/** The result of a scan: hits, and how much was read. */
	public record Report(List<Hit> hits, int files, long lines) {
	}

	private LogScanner() {
	}

	/** Scans the files for the given canaries and passwords (besides the known ones) and every secret pattern. */
	public static Report scan(Collection<Path> files, Collection<String> plantedSecrets) throws IOException {
		Set<String> literals = new LinkedHashSet<>(KNOWN_PASSWORDS);
		literals.addAll(plantedSecrets);
		List<Hit> hits = new ArrayList<>();
		long lines = 0;
		for (Path file : files) {
			var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE);
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
				int number = 0;
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					number++;
					String kind = secretIn(line, literals);
					if (kind != null) {
						hits.add(new Hit(file, number, kind));
					}
				}
				lines += number;
			}
		}
		return new Report(List.copyOf(hits), files.size(), lines);
	}

	private static String secretIn(String line, Set<String> literals) {
		for (String literal : literals) {
			if (line.contains(literal)) {
				return literal.startsWith("CANARY-") ? "canary" : "password or planted secret";
			}
		}
		for (var secret : SECRETS.entrySet()) {
			Matcher matcher = secret.getValue().matcher(line);
			if (matcher.find()) {
				return secret.getKey();
			}
		}
		return null;
	}
}
