package be.balise.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

import com.google.crypto.tink.KeysetHandle;
import org.springframework.stereotype.Service;

/**
 * Encrypts content with AES-256-GCM under its scope's data key (envelope encryption). The associated data
 * binds a ciphertext to its row ({@link #bindTo}), so a ciphertext copied onto another row does not decrypt.
 */
@Service
public class ContentCipher {

	/** Tink ciphertexts start with a version byte and the id of the key that made them. */
	private static final int TINK_PREFIX = 5;

	private final KeyRing keys;

	ContentCipher(KeyRing keys) {
		this.keys = keys;
	}

	/** Encrypts under the scope's current key, creating the key on first use; refused once the key is destroyed. */
	public byte[] encrypt(KeyScope scope, byte[] plaintext, byte[] associatedData) {
		Objects.requireNonNull(plaintext, "plaintext");
		Objects.requireNonNull(associatedData, "associatedData");
		try {
			return KeyRing.aead(keys.forEncryption(scope)).encrypt(plaintext, associatedData);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/** Decrypts; throws {@link DecryptionException} for another scope, row or an altered ciphertext, {@link KeyDestroyedException} after {@link #destroyKey}. */
	public byte[] decrypt(KeyScope scope, byte[] ciphertext, byte[] associatedData) {
		Objects.requireNonNull(ciphertext, "ciphertext");
		Objects.requireNonNull(associatedData, "associatedData");
		try {
			return KeyRing.aead(keys.forDecryption(scope)).decrypt(ciphertext, associatedData);
		} catch (GeneralSecurityException e) {
			throw new DecryptionException(scope, e);
		}
	}

	/** Encrypts a text as UTF-8; null stays null, so optional columns stay optional. */
	public byte[] encryptString(KeyScope scope, String plaintext, byte[] associatedData) {
		return plaintext == null ? null : encrypt(scope, plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
	}

	/** Decrypts a text written by {@link #encryptString}; null stays null. */
	public String decryptString(KeyScope scope, byte[] ciphertext, byte[] associatedData) {
		return ciphertext == null ? null : new String(decrypt(scope, ciphertext, associatedData), StandardCharsets.UTF_8);
	}

	/** The same content under the scope's current key; returns {@code ciphertext} itself when it already is. */
	public byte[] reencrypt(KeyScope scope, byte[] ciphertext, byte[] associatedData) {
		KeysetHandle keyset = keys.forDecryption(scope);
		if (keyIdOf(ciphertext) == keyset.getPrimary().getId()) {
			return ciphertext;
		}
		try {
			var aead = KeyRing.aead(keyset);
			return aead.encrypt(aead.decrypt(ciphertext, associatedData), associatedData);
		} catch (GeneralSecurityException e) {
			throw new DecryptionException(scope, e);
		}
	}

	/** Destroys the scope's data key for good (crypto-shredding): its data can no longer be decrypted, nor new data encrypted. */
	public void destroyKey(KeyScope scope) {
		keys.destroy(scope);
	}

	/** Associated data that binds a ciphertext to one row: the table (or kind of object) and the row's id. */
	public static byte[] bindTo(String table, Object rowId) {
		return (table + ":" + rowId).getBytes(StandardCharsets.UTF_8);
	}

	/** The id of the key that made a ciphertext, or 0 if it is too short to carry one. */
	static int keyIdOf(byte[] ciphertext) {
		return ciphertext.length < TINK_PREFIX ? 0 : ByteBuffer.wrap(ciphertext, 1, 4).getInt();
	}
}
