package be.balise.crypto;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wrapped data keys, one row per key scope; a destroyed key leaves a row without keyset. */
@Repository
class DataKeys {

	private final JdbcClient jdbc;

	DataKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A data key row: {@code wrappedKeyset} and {@code masterKeyId} are null once the key is destroyed. */
	record Row(KeyScope scope, byte[] wrappedKeyset, String masterKeyId) {

		boolean destroyed() {
			return wrappedKeyset == null;
		}
	}

	Optional<Row> find(KeyScope scope) {
		return jdbc.sql("select scope_kind, owner_id, wrapped_keyset, master_key_id from data_key where scope_kind = ? and owner_id = ?")
				.params(scope.kind().name(), scope.owner())
				.query(DataKeys::row)
				.optional();
	}

	/** Reads the row and locks it until the end of the transaction. */
	Optional<Row> lock(KeyScope scope) {
		return jdbc.sql("select scope_kind, owner_id, wrapped_keyset, master_key_id from data_key "
						+ "where scope_kind = ? and owner_id = ? for update")
				.params(scope.kind().name(), scope.owner())
				.query(DataKeys::row)
				.optional();
	}

	/** Inserts a first key for the scope unless one (or a tombstone) exists; true if this one was inserted. */
	boolean insertIfAbsent(KeyScope scope, byte[] wrappedKeyset, String masterKeyId, Instant now) {
		return jdbc.sql("insert into data_key (scope_kind, owner_id, wrapped_keyset, master_key_id, created_at) "
						+ "values (?, ?, ?, ?, ?) on conflict (scope_kind, owner_id) do nothing")
				.params(scope.kind().name(), scope.owner(), wrappedKeyset, masterKeyId, utc(now))
				.update() == 1;
	}

	/** Stores a rotated keyset and queues the scope for background re-encryption. */
	void storeRotated(KeyScope scope, byte[] wrappedKeyset, String masterKeyId, Instant now) {
		jdbc.sql("update data_key set wrapped_keyset = ?, master_key_id = ?, rotated_at = ?, "
						+ "reencryption_pending = true, reencryption_retry_at = null "
						+ "where scope_kind = ? and owner_id = ? and destroyed_at is null")
				.params(wrappedKeyset, masterKeyId, utc(now), scope.kind().name(), scope.owner())
				.update();
	}

	/** Replaces a keyset wrapped by {@code fromMasterKeyId}; false if another instance re-wrapped it first. */
	boolean rewrap(KeyScope scope, byte[] wrappedKeyset, String toMasterKeyId, String fromMasterKeyId) {
		return jdbc.sql("update data_key set wrapped_keyset = ?, master_key_id = ? "
						+ "where scope_kind = ? and owner_id = ? and master_key_id = ?")
				.params(wrappedKeyset, toMasterKeyId, scope.kind().name(), scope.owner(), fromMasterKeyId)
				.update() == 1;
	}

	/** Replaces the key by a tombstone, or writes one if the scope never had a key. */
	void destroy(KeyScope scope, Instant now) {
		jdbc.sql("insert into data_key (scope_kind, owner_id, created_at, destroyed_at) values (?, ?, ?, ?) "
						+ "on conflict (scope_kind, owner_id) do update set wrapped_keyset = null, master_key_id = null, "
						+ "destroyed_at = excluded.destroyed_at, reencryption_pending = false, reencryption_retry_at = null")
				.params(scope.kind().name(), scope.owner(), utc(now), utc(now))
				.update();
	}

	/** How many live data keys each master key wraps. */
	Map<String, Long> countByMasterKey() {
		return jdbc.sql("select master_key_id, count(*) as keys from data_key where master_key_id is not null group by master_key_id")
				.query((rs, n) -> Map.entry(rs.getString("master_key_id"), rs.getLong("keys")))
				.list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<KeyScope> wrappedBy(String masterKeyId, int limit) {
		return jdbc.sql("select scope_kind, owner_id from data_key where master_key_id = ? order by owner_id limit ?")
				.params(masterKeyId, limit)
				.query((rs, n) -> scopeOf(rs))
				.list();
	}

	/** Locks the next scope waiting for re-encryption that no other instance is working on. */
	Optional<KeyScope> claimPending(Instant now) {
		return jdbc.sql("select scope_kind, owner_id from data_key where reencryption_pending "
						+ "and (reencryption_retry_at is null or reencryption_retry_at <= ?) "
						+ "order by rotated_at limit 1 for update skip locked")
				.param(utc(now))
				.query((rs, n) -> scopeOf(rs))
				.optional();
	}

	void markReencrypted(KeyScope scope) {
		jdbc.sql("update data_key set reencryption_pending = false, reencryption_retry_at = null "
						+ "where scope_kind = ? and owner_id = ?")
				.params(scope.kind().name(), scope.owner())
				.update();
	}

	void retryLater(KeyScope scope, Instant at) {
		jdbc.sql("update data_key set reencryption_retry_at = ? where scope_kind = ? and owner_id = ? and reencryption_pending")
				.params(utc(at), scope.kind().name(), scope.owner())
				.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(scopeOf(rs), rs.getBytes("wrapped_keyset"), rs.getString("master_key_id"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static KeyScope scopeOf(ResultSet rs) throws SQLException {
		return new KeyScope(KeyScope.Kind.valueOf(rs.getString("scope_kind")), rs.getObject("owner_id", UUID.class));
	}
}
