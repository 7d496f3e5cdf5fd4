package be.balise.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that wraps every data key: 32 random bytes, written in base64 in a file outside the database
 * (for instance by {@code openssl rand -base64 32}). Its id, a MAC of a fixed label, tells which master
 * key wrapped a data key without revealing the key.
 */
final class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
	private static final int KEY_BYTES = 32;
	private static final String FORMAT = "32 random bytes in base64 (create it with: openssl rand -base64 32)";

	private final String id;
	private final Aead aead;

	private MasterKey(byte[] key) {
		this.id = idOf(key);
		try {
			this.aead = new AesGcmJce(key);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
		}
	}

	static MasterKey generate() {
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		return new MasterKey(key);
	}

	/** Reads a master key file; every failure names the file and the expected format, never the content. */
	static MasterKey read(Path file, String setting) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " named by " + setting
					+ " does not exist or cannot be read");
		}
		warnIfOthersCanRead(file);
		try {
			return new MasterKey(decode(Files.readString(file, StandardCharsets.US_ASCII)));
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " named by " + setting
					+ " must hold " + FORMAT);
		}
	}

	/** The demo profile's key: read from {@code file}, or generated there (readable by its owner only) on first start. */
	static MasterKey readOrGenerate(Path file) {
		if (Files.exists(file)) {
			return read(file, "the demo profile");
		}
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		try {
			Path directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temporary = posix()
					? Files.createTempFile(directory, "master-key", ".tmp",
							PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)))
					: Files.createTempFile(directory, "master-key", ".tmp");
			Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the demo master key to " + file.toAbsolutePath(), e);
		}
		log.info("Generated a demo master key in {}", file.toAbsolutePath());
		return new MasterKey(key);
	}

	String id() {
		return id;
	}

	Aead aead() {
		return aead;
	}

	private static byte[] decode(String text) {
		byte[] key = Base64.getDecoder().decode(text.strip());
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("wrong length");
		}
		return key;
	}

	private static String idOf(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] tag = mac.doFinal("balise master key id".getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(tag, 0, 16);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
		}
	}

	private static void warnIfOthersCanRead(Path file) {
		if (!posix()) {
			return;
		}
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
				log.warn("The master key file {} can be read by other users than its owner: restrict it (chmod 400)",
						file.toAbsolutePath());
			}
		} catch (IOException e) {
			log.warn("Cannot check the permissions of the master key file {}", file.toAbsolutePath());
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
