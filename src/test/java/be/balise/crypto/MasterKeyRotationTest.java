package be.balise.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import be.balise.testing.TestDatabaseServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Master key rotation as an operator runs it (a restart with the old key named as previous), on a database
 * of its own: the shared test database must keep the suite's master key.
 */
class MasterKeyRotationTest {

	private final MasterKey oldKey = MasterKey.generate();
	private final MasterKey newKey = MasterKey.generate();
	private final Map<KeyScope, byte[]> ciphertexts = new LinkedHashMap<>();
	private JdbcClient jdbc;
	private DataSource dataSource;

	@BeforeEach
	void freshDatabase() {
		dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabaseServer.freshDatabase(), TestDatabaseServer.user(), null);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void rewrapsEveryDataKeyUnderTheNewMasterKeyAndKeepsAllContentReadable() {
		var before = stack(new MasterKeys(oldKey, null));
		for (int i = 0; i < 3; i++) {
			KeyScope scope = KeyScope.bilan(UUID.randomUUID());
			ciphertexts.put(scope, before.cipher().encrypt(scope, text("contenu " + i), row()));
		}

		stack(new MasterKeys(newKey, oldKey)).rotation().afterSingletonsInstantiated();

		assertThat(new DataKeys(jdbc).countByMasterKey()).containsOnly(Map.entry(newKey.id(), 3L));
		var after = stack(new MasterKeys(newKey, null));
		after.rotation().afterSingletonsInstantiated();
		int i = 0;
		for (var entry : ciphertexts.entrySet()) {
			assertThat(after.cipher().decrypt(entry.getKey(), entry.getValue(), row())).isEqualTo(text("contenu " + i++));
		}
	}

	@Test
	void refusesToStartWhenDataKeysNeedAMasterKeyThatIsNotConfigured() {
		KeyScope scope = KeyScope.operator(UUID.randomUUID());
		stack(new MasterKeys(oldKey, null)).cipher().encrypt(scope, text("convention"), row());

		assertThatThrownBy(() -> stack(new MasterKeys(newKey, null)).rotation().afterSingletonsInstantiated())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("1 data keys are wrapped by a master key that is not configured")
				.hasMessageContaining("BALISE_PREVIOUS_MASTER_KEY_FILE");
		stack(new MasterKeys(oldKey, null)).rotation().afterSingletonsInstantiated();
	}

	@Test
	void aDataKeyCopiedOntoAnotherScopeDoesNotUnwrap() {
		var crypto = stack(new MasterKeys(oldKey, null));
		KeyScope victim = KeyScope.bilan(UUID.randomUUID());
		KeyScope attacker = KeyScope.bilan(UUID.randomUUID());
		byte[] secret = crypto.cipher().encrypt(victim, text("secret"), row());
		crypto.cipher().encrypt(attacker, text("mine"), row());

		jdbc.sql("update data_key set wrapped_keyset = (select wrapped_keyset from data_key where owner_id = ?) where owner_id = ?")
				.params(victim.owner(), attacker.owner()).update();

		assertThat(crypto.cipher().decrypt(victim, secret, row())).isEqualTo(text("secret"));
		assertThatThrownBy(() -> crypto.cipher().decrypt(attacker, secret, row()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("does not unwrap");
	}

	private Stack stack(MasterKeys masterKeys) {
		var dataKeys = new DataKeys(jdbc);
		var keyRing = new KeyRing(dataKeys, masterKeys, Clock.systemUTC());
		return new Stack(new ContentCipher(keyRing),
				new MasterKeyRotation(masterKeys, keyRing, dataKeys, new DataSourceTransactionManager(dataSource)));
	}

	private record Stack(ContentCipher cipher, MasterKeyRotation rotation) {
	}

	private static byte[] row() {
		return ContentCipher.bindTo("note", "1");
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
