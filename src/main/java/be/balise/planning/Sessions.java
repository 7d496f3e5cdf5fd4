package be.balise.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions of bilans: dates, durations and outcomes. */
@Repository
class Sessions {

	enum Status { PLANNED, HELD, CANCELLED, MISSED }

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SessionView> ofBilan(UUID bilan) {
		return jdbc.sql("select id, starts_at, duration_minutes, status from bilan_session where bilan_id = :bilan order by starts_at")
				.param("bilan", bilan)
				.query((rs, row) -> new SessionView(rs.getObject("id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
						rs.getInt("duration_minutes"), rs.getString("status")))
				.list();
	}

	void add(UUID bilan, Instant startsAt, int durationMinutes, Instant now) {
		jdbc.sql("""
				insert into bilan_session (id, bilan_id, starts_at, duration_minutes, created_at)
				values (:id, :bilan, :starts, :minutes, :now)""")
				.param("id", UUID.randomUUID()).param("bilan", bilan).param("starts", Timestamp.from(startsAt))
				.param("minutes", durationMinutes).param("now", Timestamp.from(now))
				.update();
	}

	/** Marks a session's outcome; only a session of this bilan, so an id from elsewhere changes nothing. */
	boolean mark(UUID bilan, UUID session, Status status) {
		return jdbc.sql("update bilan_session set status = :status where id = :id and bilan_id = :bilan")
				.param("status", status.name()).param("id", session).param("bilan", bilan).update() == 1;
	}

	/** Minutes of held sessions. */
	int heldMinutes(UUID bilan) {
		return jdbc.sql("select coalesce(sum(duration_minutes), 0) from bilan_session where bilan_id = :bilan and status = 'HELD'")
				.param("bilan", bilan).query(Integer.class).single();
	}
}
