package be.balise.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objectives and their comments, encrypted; reached only through {@link ObjectiveService}. */
@Repository
class Objectives {

	static final String TABLE = "casework_objective";
	static final String COMMENTS = "casework_objective_comment";

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Objectives(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework_objective (id, bilan_id, body, created_at, updated_at)
				values (:id, :bilan, :body, :now, :now)""")
				.param("id", id).param("bilan", bilan).param("body", sealing.seal(bilan, TABLE, id, text))
				.param("now", Timestamp.from(now)).update();
		return id;
	}

	/** Saves the text only if nobody saved since {@code expectedVersion}; false when someone did (or it is gone). */
	boolean update(UUID bilan, UUID id, long expectedVersion, String text, Instant now) {
		return jdbc.sql("""
				update casework_objective set body = :body, updated_at = :now, version = version + 1
				where id = :id and bilan_id = :bilan and version = :version""")
				.param("body", sealing.seal(bilan, TABLE, id, text)).param("now", Timestamp.from(now))
				.param("id", id).param("bilan", bilan).param("version", expectedVersion).update() == 1;
	}

	boolean exists(UUID bilan, UUID id) {
		return jdbc.sql("select count(*) from casework_objective where id = :id and bilan_id = :bilan")
				.param("id", id).param("bilan", bilan).query(Long.class).single() == 1;
	}

	void insertComment(UUID bilan, UUID objective, UUID author, String text, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework_objective_comment (id, objective_id, bilan_id, author_id, body, written_at)
				values (:id, :objective, :bilan, :author, :body, :now)""")
				.param("id", id).param("objective", objective).param("bilan", bilan).param("author", author)
				.param("body", sealing.seal(bilan, COMMENTS, id, text)).param("now", Timestamp.from(now)).update();
	}

	/** One objective without its comments (for the conflict page). */
	Optional<Objective> find(UUID bilan, UUID id) {
		return jdbc.sql("select id, body, version, updated_at from casework_objective where id = :id and bilan_id = :bilan")
				.param("id", id).param("bilan", bilan)
				.query((rs, row) -> new Objective(id, sealing.open(bilan, TABLE, id, rs.getBytes("body")), rs.getLong("version"),
						rs.getTimestamp("updated_at").toInstant(), List.of()))
				.optional();
	}

	/** The bilan's objectives, oldest first, each with its comments (two statements, whatever their number). */
	List<Objective> open(UUID bilan) {
		Map<UUID, List<Objective.Comment>> comments = new LinkedHashMap<>();
		jdbc.sql("""
				select id, objective_id, author_id, body, written_at from casework_objective_comment
				where bilan_id = :bilan order by written_at, id""")
				.param("bilan", bilan)
				.query(rs -> {
					UUID id = rs.getObject("id", UUID.class);
					comments.computeIfAbsent(rs.getObject("objective_id", UUID.class), key -> new ArrayList<>())
							.add(new Objective.Comment(id, rs.getObject("author_id", UUID.class),
									sealing.open(bilan, COMMENTS, id, rs.getBytes("body")), rs.getTimestamp("written_at").toInstant()));
				});
		return jdbc.sql("select id, body, version, updated_at from casework_objective where bilan_id = :bilan order by created_at, id")
				.param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Objective(id, sealing.open(bilan, TABLE, id, rs.getBytes("body")), rs.getLong("version"),
							rs.getTimestamp("updated_at").toInstant(), comments.getOrDefault(id, List.of()));
				}).list();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from casework_objective_comment where bilan_id = :bilan").param("bilan", bilan).update();
		jdbc.sql("delete from casework_objective where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
