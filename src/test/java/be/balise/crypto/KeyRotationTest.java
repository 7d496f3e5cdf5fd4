package be.balise.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FullStackTest
class KeyRotationTest {

	@Autowired ContentCipher cipher;
	@Autowired KeyRotation rotation;
	@Autowired KeyRing keys;
	@Autowired DataKeys dataKeys;
	@Autowired PlatformTransactionManager transactions;
	@Autowired Clock clock;
	@Autowired JdbcClient jdbc;

	private final KeyScope bilan = KeyScope.bilan(UUID.randomUUID());

	@Test
	void rotationKeepsOldDataReadableAndPutsNewDataOnTheNewKey() {
		byte[] row = ContentCipher.bindTo("note", 1);
		byte[] before = cipher.encryptString(bilan, "écrit avant la rotation", row);

		assertThat(rotation.rotateDataKey(bilan)).isTrue();
		byte[] after = cipher.encryptString(bilan, "écrit après la rotation", row);

		assertThat(ContentCipher.keyIdOf(after)).isNotEqualTo(ContentCipher.keyIdOf(before));
		assertThat(cipher.decryptString(bilan, before, row)).isEqualTo("écrit avant la rotation");
		assertThat(cipher.decryptString(bilan, after, row)).isEqualTo("écrit après la rotation");
	}

	@Test
	void newDataInTheRotatingTransactionAlreadyUsesTheNewKey() {
		byte[] row = ContentCipher.bindTo("note", 1);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			byte[] before = cipher.encryptString(bilan, "avant", row);
			rotation.rotateDataKey(bilan);
			byte[] after = cipher.encryptString(bilan, "après", row);

			assertThat(ContentCipher.keyIdOf(after)).isNotEqualTo(ContentCipher.keyIdOf(before));
			assertThat(cipher.decryptString(bilan, before, row)).isEqualTo("avant");
		});
	}

	@Test
	void rotatesNothingForAScopeWithoutKey() {
		assertThat(rotation.rotateDataKey(KeyScope.bilan(UUID.randomUUID()))).isFalse();
	}

	@Test
	void backgroundReencryptionMovesEveryRowOfTheScopeToTheNewKey() {
		var notes = new NotesInMemory(bilan);
		notes.write("a", "première note");
		notes.write("b", "deuxième note");
		int oldKey = ContentCipher.keyIdOf(notes.rows.get("a"));

		rotation.rotateDataKey(bilan);
		assertThat(pending(bilan)).isTrue();
		new KeyRotation(keys, dataKeys, List.of(notes), transactions, clock).reencryptPending();

		int newKey = ContentCipher.keyIdOf(cipher.encryptString(bilan, "fresh", ContentCipher.bindTo("note", "c")));
		assertThat(newKey).isNotEqualTo(oldKey);
		assertThat(notes.rows.values()).allSatisfy(ciphertext -> assertThat(ContentCipher.keyIdOf(ciphertext)).isEqualTo(newKey));
		assertThat(notes.read("a")).isEqualTo("première note");
		assertThat(notes.read("b")).isEqualTo("deuxième note");
		assertThat(pending(bilan)).isFalse();
	}

	@Test
	void reencryptsNowOnDemandAndSkipsRowsAlreadyOnTheCurrentKey() {
		var notes = new NotesInMemory(bilan);
		notes.write("a", "note");
		var now = new KeyRotation(keys, dataKeys, List.of(notes), transactions, clock);
		assertThat(now.reencryptNow(bilan)).isZero();

		rotation.rotateDataKey(bilan);

		assertThat(now.reencryptNow(bilan)).isEqualTo(1);
		assertThat(now.reencryptNow(bilan)).isZero();
		assertThat(notes.read("a")).isEqualTo("note");
	}

	@Test
	void aFailingModuleDelaysItsScopeWithoutBlockingTheOthers() {
		KeyScope healthy = KeyScope.bilan(UUID.randomUUID());
		var notes = new NotesInMemory(healthy);
		notes.write("a", "note");
		cipher.encryptString(bilan, "note", ContentCipher.bindTo("note", "x"));
		rotation.rotateDataKey(bilan);
		rotation.rotateDataKey(healthy);
		ReencryptionTarget failing = scope -> {
			if (scope.equals(bilan)) {
				throw new IllegalStateException("simulated failure");
			}
			return 0;
		};

		new KeyRotation(keys, dataKeys, List.of(failing, notes), transactions, clock).reencryptPending();

		assertThat(pending(bilan)).isTrue();
		assertThat(jdbc.sql("select reencryption_retry_at is not null from data_key where owner_id = ?")
				.param(bilan.owner()).query(Boolean.class).single()).isTrue();
		assertThat(pending(healthy)).isFalse();
		assertThat(notes.read("a")).isEqualTo("note");
	}

	@Test
	void aDestroyedScopeIsNeitherRotatedNorReencrypted() {
		var notes = new NotesInMemory(bilan);
		notes.write("a", "note");
		rotation.rotateDataKey(bilan);
		cipher.destroyKey(bilan);

		assertThatThrownBy(() -> rotation.rotateDataKey(bilan)).isInstanceOf(KeyDestroyedException.class);
		assertThat(new KeyRotation(keys, dataKeys, List.of(notes), transactions, clock).reencryptNow(bilan)).isZero();
		assertThat(pending(bilan)).isFalse();
	}

	private boolean pending(KeyScope scope) {
		return jdbc.sql("select reencryption_pending from data_key where scope_kind = ? and owner_id = ?")
				.params(scope.kind().name(), scope.owner()).query(Boolean.class).single();
	}

	/** A module that keeps its ciphertexts in memory, as a table would. */
	private final class NotesInMemory implements ReencryptionTarget {

		private final KeyScope scope;
		private final Map<String, byte[]> rows = new LinkedHashMap<>();

		NotesInMemory(KeyScope scope) {
			this.scope = scope;
		}

		void write(String id, String text) {
			rows.put(id, cipher.encryptString(scope, text, ContentCipher.bindTo("note", id)));
		}

		String read(String id) {
			return cipher.decryptString(scope, rows.get(id), ContentCipher.bindTo("note", id));
		}

		@Override
		public int reencrypt(KeyScope target) {
			if (!target.equals(scope)) {
				return 0;
			}
			int changed = 0;
			for (var row : rows.entrySet()) {
				byte[] current = cipher.reencrypt(scope, row.getValue(), ContentCipher.bindTo("note", row.getKey()));
				if (current != row.getValue()) {
					row.setValue(current);
					changed++;
				}
			}
			return changed;
		}
	}
}
