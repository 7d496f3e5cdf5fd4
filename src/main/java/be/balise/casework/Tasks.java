package be.balise.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks between sessions, encrypted; reached only through {@link TaskService}. */
@Repository
class Tasks {

	static final String TABLE = "casework_task";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Tasks(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into casework_task (id, bilan_id, body, created_at) values (:id, :bilan, :body, :now)")
				.param("id", id).param("bilan", bilan).param("body", sealing.seal(bilan, TABLE, id, text))
				.param("now", Timestamp.from(now)).update();
		return id;
	}

	/** Ticks off an open task of this bilan; false when it is done already or belongs elsewhere. */
	boolean done(UUID bilan, UUID id, String comment, Instant now) {
		return jdbc.sql("""
				update casework_task set done_at = :now, done_comment = :comment
				where id = :id and bilan_id = :bilan and done_at is null""")
				.param("now", Timestamp.from(now)).param("comment", sealing.seal(bilan, TABLE + ".done_comment", id, comment))
				.param("id", id).param("bilan", bilan).update() == 1;
	}

	/** Open tasks first, then done ones, each oldest first. */
	List<Task> open(UUID bilan) {
		return jdbc.sql("""
				select id, body, created_at, done_at, done_comment from casework_task where bilan_id = :bilan
				order by done_at is not null, created_at, id""")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					Timestamp doneAt = rs.getTimestamp("done_at");
					byte[] comment = rs.getBytes("done_comment");
					return new Task(id, sealing.open(bilan, TABLE, id, rs.getBytes("body")), rs.getTimestamp("created_at").toInstant(),
							doneAt == null ? null : doneAt.toInstant(),
							comment == null ? null : sealing.open(bilan, TABLE + ".done_comment", id, comment));
				}).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_task where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
