package be.balise.synthesis;

import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Encrypts synthesis texts under their bilan's key, each bound to its table and row. */
@Component("synthesisSealing")
class Sealing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	byte[] sealJson(UUID bilan, String table, UUID row, Object value) {
		return seal(bilan, table, row, JSON.writeValueAsString(value));
	}

	<T> T openJson(UUID bilan, String table, UUID row, byte[] ciphertext, Class<T> type) {
		return JSON.readValue(open(bilan, table, row, ciphertext), type);
	}
}
