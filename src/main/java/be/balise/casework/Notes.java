package be.balise.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Session notes, encrypted; reached only through {@link NoteService}, which checks access and audits reads. */
@Repository
class Notes {

	static final String TABLE = "casework_note";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Notes(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, UUID author, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into casework_note (id, bilan_id, author_id, body, written_at) values (:id, :bilan, :author, :body, :now)")
				.param("id", id).param("bilan", bilan).param("author", author)
				.param("body", sealing.seal(bilan, TABLE, id, text)).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** The bilan's notes decrypted, newest first. */
	List<Note> open(UUID bilan) {
		return jdbc.sql("select id, body, written_at from casework_note where bilan_id = :bilan order by written_at desc, id")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Note(id, rs.getTimestamp("written_at").toInstant(), sealing.open(bilan, TABLE, id, rs.getBytes("body")));
				}).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_note where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
