package be.balise.crypto;

/** The scope's data key was destroyed (crypto-shredding): its data can never be decrypted again. */
public class KeyDestroyedException extends RuntimeException {

	KeyDestroyedException(KeyScope scope) {
		super("The data key of " + scope.kind() + " " + scope.owner() + " was destroyed; its content is unreadable for good");
	}
}
