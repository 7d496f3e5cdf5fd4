package be.balise.followup;

import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.stereotype.Component;

/** Encrypts follow-up texts under their bilan's key, each bound to its table, column and row. */
@Component
class FollowUpSealing {

	private final ContentCipher cipher;

	FollowUpSealing(ContentCipher cipher) {
		this.cipher = cipher;
	}

	byte[] seal(UUID bilan, String place, Object row, String text) {
		return cipher.encryptString(KeyScope.bilan(bilan), text, ContentCipher.bindTo(place, row));
	}

	String open(UUID bilan, String place, Object row, byte[] ciphertext) {
		return ciphertext == null ? null : cipher.decryptString(KeyScope.bilan(bilan), ciphertext, ContentCipher.bindTo(place, row));
	}
}
