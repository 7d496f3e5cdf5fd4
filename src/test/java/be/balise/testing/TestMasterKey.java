package be.balise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** One master key file per test JVM, in a temporary directory, shared by every Spring context of the suite. */
public final class TestMasterKey {

	private static Path file;

	private TestMasterKey() {
	}

	public static synchronized String file() {
		if (file == null) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			try {
				file = Files.createTempFile("balise-test-master-key", "");
				Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			file.toFile().deleteOnExit();
		}
		return file.toString();
	}
}
