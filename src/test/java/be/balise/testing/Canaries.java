package be.balise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strings planted in content fields (and used as passwords) so that a test can prove they never come out where they
 * must not: in a fund officer's page, a database dump, a log. Each one is recorded in {@code target/canaries.txt},
 * which the log scan after the suite (LogScanIT) reads. Use a new canary per field and per test.
 */
public final class Canaries {

	public static final Path FILE = Path.of("target", "canaries.txt");
	/** What every canary looks like: {@code CANARY-<kind>-<16 hex digits>}. */
	public static final Pattern SHAPE = Pattern.compile("CANARY-[A-Za-z0-9_]+-[0-9a-f]{16}");

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_]+");

	private Canaries() {
	}

	/** A new canary of this kind (letters, digits, underscore: "note", "synthesis", "password"). */
	public static synchronized String next(String kind) {
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A canary kind is letters, digits and underscores: " + kind);
		}
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		String canary = "CANARY-" + kind + "-" + HexFormat.of().formatHex(bytes);
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, canary + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return canary;
	}

	/** The canaries recorded so far by this build (none when no test planted one). */
	public static List<String> recorded(Path file) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
	}
}
