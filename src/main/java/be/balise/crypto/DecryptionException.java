package be.balise.crypto;

/** A ciphertext was refused: made under another key or associated data (another row), or altered. */
public class DecryptionException extends RuntimeException {

	DecryptionException(KeyScope scope, Throwable cause) {
		super("Ciphertext refused for " + scope.kind() + " " + scope.owner()
				+ ": it was made for another key or row, or it was altered", cause);
	}
}
