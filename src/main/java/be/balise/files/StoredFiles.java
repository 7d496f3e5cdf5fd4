package be.balise.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.crypto.KeyScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored files' rows; names and content stay ciphertexts here. */
@Repository
class StoredFiles {

	private static final String COLUMNS = "id, scope_kind, owner_id, purpose, name_ciphertext, media_type, size_bytes, sha256, created_at";

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row without its content: the name is still encrypted. */
	record Row(UUID id, KeyScope scope, String purpose, byte[] nameCiphertext, String mediaType, long size, String sha256,
			Instant createdAt) {
	}

	void insert(Row row, byte[] contentCiphertext) {
		jdbc.sql("insert into stored_file (" + COLUMNS + ", content_ciphertext) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(row.id(), row.scope().kind().name(), row.scope().owner(), row.purpose(), row.nameCiphertext(),
						row.mediaType(), row.size(), row.sha256(), row.createdAt().atOffset(ZoneOffset.UTC), contentCiphertext)
				.update();
	}

	Optional<Row> find(KeyScope scope, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from stored_file where id = ? and scope_kind = ? and owner_id = ?")
				.params(id, scope.kind().name(), scope.owner())
				.query(StoredFiles::row)
				.optional();
	}

	List<Row> list(KeyScope scope) {
		return jdbc.sql("select " + COLUMNS + " from stored_file where scope_kind = ? and owner_id = ? order by created_at, id")
				.params(scope.kind().name(), scope.owner())
				.query(StoredFiles::row)
				.list();
	}

	List<UUID> ids(KeyScope scope) {
		return jdbc.sql("select id from stored_file where scope_kind = ? and owner_id = ? order by id")
				.params(scope.kind().name(), scope.owner())
				.query(UUID.class)
				.list();
	}

	Optional<byte[]> content(KeyScope scope, UUID id) {
		return jdbc.sql("select content_ciphertext from stored_file where id = ? and scope_kind = ? and owner_id = ?")
				.params(id, scope.kind().name(), scope.owner())
				.query((rs, n) -> rs.getBytes(1))
				.optional();
	}

	/** Replaces both ciphertexts of a row, as re-encryption under a rotated key does. */
	void replaceCiphertexts(UUID id, byte[] nameCiphertext, byte[] contentCiphertext) {
		jdbc.sql("update stored_file set name_ciphertext = ?, content_ciphertext = ? where id = ?")
				.params(nameCiphertext, contentCiphertext, id)
				.update();
	}

	boolean delete(KeyScope scope, UUID id) {
		return jdbc.sql("delete from stored_file where id = ? and scope_kind = ? and owner_id = ?")
				.params(id, scope.kind().name(), scope.owner())
				.update() == 1;
	}

	int deleteAll(KeyScope scope) {
		return jdbc.sql("delete from stored_file where scope_kind = ? and owner_id = ?")
				.params(scope.kind().name(), scope.owner())
				.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class),
				new KeyScope(KeyScope.Kind.valueOf(rs.getString("scope_kind")), rs.getObject("owner_id", UUID.class)),
				rs.getString("purpose"), rs.getBytes("name_ciphertext"), rs.getString("media_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
