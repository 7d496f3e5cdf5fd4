package be.balise.casework;

import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.stereotype.Component;

/** Encrypts casework texts under their bilan's key, each bound to its table and row so a ciphertext cannot be moved. */
@Component
class Sealing {

	private final ContentCipher cipher;

	Sealing(ContentCipher cipher) {
		this.cipher = cipher;
	}

	byte[] seal(UUID bilan, String table, UUID row, String text) {
		return cipher.encryptString(KeyScope.bilan(bilan), text, ContentCipher.bindTo(table, row));
	}

	String open(UUID bilan, String table, UUID row, byte[] ciphertext) {
		return cipher.decryptString(KeyScope.bilan(bilan), ciphertext, ContentCipher.bindTo(table, row));
	}
}
