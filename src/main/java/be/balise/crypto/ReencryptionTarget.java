package be.balise.crypto;

/**
 * Implemented by every module that stores ciphertexts, so that a rotated data key can be applied to old rows.
 * An implementation passes each ciphertext of the scope through {@link ContentCipher#reencrypt} and writes
 * the result back only if the row still holds the ciphertext it read (a concurrent edit wins).
 */
@FunctionalInterface
public interface ReencryptionTarget {

	/** Re-encrypts this module's ciphertexts of {@code scope} under its current key; returns the rows changed. */
	int reencrypt(KeyScope scope);
}
