package be.balise.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bilan's message thread, encrypted; reached only through {@link MessageService}. */
@Repository
class Messages {

	static final String TABLE = "casework_message";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Messages(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, UUID author, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into casework_message (id, bilan_id, author_id, body, sent_at) values (:id, :bilan, :author, :body, :now)")
				.param("id", id).param("bilan", bilan).param("author", author)
				.param("body", sealing.seal(bilan, TABLE, id, text)).param("now", Timestamp.from(now)).update();
		return id;
	}

	/** The thread, newest first (the page puts the reply form on top). */
	List<Message> open(UUID bilan) {
		return jdbc.sql("select id, author_id, body, sent_at from casework_message where bilan_id = :bilan order by sent_at desc, id")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Message(id, rs.getObject("author_id", UUID.class), sealing.open(bilan, TABLE, id, rs.getBytes("body")),
							rs.getTimestamp("sent_at").toInstant());
				}).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_message where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
