package be.balise.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FullStackTest
class ContentCipherTest {

	@Autowired ContentCipher cipher;
	@Autowired PlatformTransactionManager transactions;

	private final KeyScope bilan = KeyScope.bilan(UUID.randomUUID());
	private final byte[] row = ContentCipher.bindTo("session_note", UUID.randomUUID());

	@Test
	void decryptsWhatItEncryptedAndHidesThePlaintext() {
		byte[] ciphertext = cipher.encryptString(bilan, "Je voudrais changer de métier", row);

		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("changer");
		assertThat(cipher.decryptString(bilan, ciphertext, row)).isEqualTo("Je voudrais changer de métier");
	}

	@Test
	void encryptsTheSameTextDifferentlyEachTime() {
		assertThat(cipher.encryptString(bilan, "même texte", row)).isNotEqualTo(cipher.encryptString(bilan, "même texte", row));
	}

	@Test
	void keepsAnAbsentTextAbsent() {
		assertThat(cipher.encryptString(bilan, null, row)).isNull();
		assertThat(cipher.decryptString(bilan, null, row)).isNull();
	}

	@Test
	void refusesACiphertextMovedToAnotherRow() {
		byte[] ciphertext = cipher.encrypt(bilan, bytes("note of row A"), ContentCipher.bindTo("session_note", "A"));

		assertThat(cipher.decrypt(bilan, ciphertext, ContentCipher.bindTo("session_note", "A"))).isEqualTo(bytes("note of row A"));
		assertThatThrownBy(() -> cipher.decrypt(bilan, ciphertext, ContentCipher.bindTo("session_note", "B")))
				.isInstanceOf(DecryptionException.class);
	}

	@Test
	void refusesAnAlteredCiphertext() {
		byte[] ciphertext = cipher.encrypt(bilan, bytes("intact"), row);
		byte[] altered = ciphertext.clone();
		altered[altered.length - 1] ^= 1;

		assertThat(cipher.decrypt(bilan, ciphertext, row)).isEqualTo(bytes("intact"));
		assertThatThrownBy(() -> cipher.decrypt(bilan, altered, row)).isInstanceOf(DecryptionException.class);
	}

	@Test
	void keepsTwoScopesIndependent() {
		KeyScope otherBilan = KeyScope.bilan(UUID.randomUUID());
		KeyScope operator = KeyScope.operator(bilan.owner());
		byte[] ciphertext = cipher.encrypt(bilan, bytes("only for this bilan"), row);
		cipher.encrypt(otherBilan, bytes("gives the other bilan its key"), row);
		cipher.encrypt(operator, bytes("gives the operator its key"), row);

		assertThat(cipher.decrypt(bilan, ciphertext, row)).isEqualTo(bytes("only for this bilan"));
		assertThatThrownBy(() -> cipher.decrypt(otherBilan, ciphertext, row)).isInstanceOf(DecryptionException.class);
		assertThatThrownBy(() -> cipher.decrypt(operator, ciphertext, row)).isInstanceOf(DecryptionException.class);
	}

	@Test
	void destroyingAKeyMakesItsDataUnreadableForGoodAndLeavesOtherScopesReadable() {
		KeyScope otherBilan = KeyScope.bilan(UUID.randomUUID());
		byte[] doomed = cipher.encrypt(bilan, bytes("to be shredded"), row);
		byte[] kept = cipher.encrypt(otherBilan, bytes("another bilan of the same worker"), row);
		assertThat(cipher.decrypt(bilan, doomed, row)).isEqualTo(bytes("to be shredded"));

		cipher.destroyKey(bilan);

		assertThatThrownBy(() -> cipher.decrypt(bilan, doomed, row))
				.isInstanceOf(KeyDestroyedException.class)
				.hasMessageContaining(bilan.owner().toString());
		assertThatThrownBy(() -> cipher.encrypt(bilan, bytes("new content after retention"), row))
				.isInstanceOf(KeyDestroyedException.class);
		assertThat(cipher.decrypt(otherBilan, kept, row)).isEqualTo(bytes("another bilan of the same worker"));
	}

	@Test
	void destroyingAKeyTakesEffectAtOnceEvenInATransactionThatAlreadyUsedIt() {
		var transaction = new TransactionTemplate(transactions);
		byte[] ciphertext = cipher.encrypt(bilan, bytes("read, then shredded"), row);

		transaction.executeWithoutResult(status -> {
			assertThat(cipher.decrypt(bilan, ciphertext, row)).isEqualTo(bytes("read, then shredded"));
			cipher.destroyKey(bilan);
			assertThatThrownBy(() -> cipher.decrypt(bilan, ciphertext, row)).isInstanceOf(KeyDestroyedException.class);
		});
		assertThatThrownBy(() -> cipher.decrypt(bilan, ciphertext, row)).isInstanceOf(KeyDestroyedException.class);
	}

	@Test
	void refusesNewContentForAScopeDestroyedBeforeItEverHadAKey() {
		KeyScope neverUsed = KeyScope.bilan(UUID.randomUUID());
		cipher.destroyKey(neverUsed);

		assertThatThrownBy(() -> cipher.encrypt(neverUsed, bytes("late"), row)).isInstanceOf(KeyDestroyedException.class);
		assertThat(cipher.decrypt(bilan, cipher.encrypt(bilan, bytes("still fine"), row), row)).isEqualTo(bytes("still fine"));
	}

	@Test
	void refusesACiphertextForAScopeThatNeverHadAKey() {
		byte[] ciphertext = cipher.encrypt(bilan, bytes("x"), row);

		assertThat(cipher.decrypt(bilan, ciphertext, row)).isEqualTo(bytes("x"));
		assertThatThrownBy(() -> cipher.decrypt(KeyScope.bilan(UUID.randomUUID()), ciphertext, row))
				.isInstanceOf(DecryptionException.class);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
