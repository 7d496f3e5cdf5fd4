package be.balise.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions of bilans: dates, durations, modality and outcomes. */
@Repository
class Sessions {

	enum Status { PLANNED, HELD, CANCELLED, MISSED }

	private static final String COLUMNS = "id, bilan_id, starts_at, duration_minutes, status, modality, cancelled_by, sequence";

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SessionView> ofBilan(UUID bilan) {
		return jdbc.sql("select " + COLUMNS + " from bilan_session where bilan_id = :bilan order by starts_at")
				.param("bilan", bilan).query(Sessions::view).list();
	}

	Optional<SessionView> find(UUID bilan, UUID session) {
		return jdbc.sql("select " + COLUMNS + " from bilan_session where id = :id and bilan_id = :bilan")
				.param("id", session).param("bilan", bilan).query(Sessions::view).optional();
	}

	void add(UUID id, UUID bilan, UUID counsellor, UUID worker, Instant startsAt, int durationMinutes, Modality modality,
			Instant now) {
		jdbc.sql("""
				insert into bilan_session (id, bilan_id, counsellor_id, worker_id, starts_at, duration_minutes, modality, created_at)
				values (:id, :bilan, :counsellor, :worker, :starts, :minutes, :modality, :now)""")
				.param("id", id).param("bilan", bilan).param("counsellor", counsellor).param("worker", worker).param("starts", Timestamp.from(startsAt))
				.param("minutes", durationMinutes).param("modality", modality.name()).param("now", Timestamp.from(now))
				.update();
	}

	/** Records a planned session's outcome; only a planned session of this bilan, so an id from elsewhere changes nothing. */
	boolean mark(UUID bilan, UUID session, Status status, String cancelledBy) {
		return jdbc.sql("""
				update bilan_session set status = :status, cancelled_by = :by, sequence = sequence + 1
				where id = :id and bilan_id = :bilan and status = 'PLANNED'""")
				.param("status", status.name()).param("by", cancelledBy).param("id", session).param("bilan", bilan)
				.update() == 1;
	}

	/** Moves a planned session of this bilan; the sequence grows so that calendars replace the old event. */
	boolean move(UUID bilan, UUID session, Instant startsAt, int durationMinutes) {
		return jdbc.sql("""
				update bilan_session set starts_at = :starts, duration_minutes = :minutes, sequence = sequence + 1
				where id = :id and bilan_id = :bilan and status = 'PLANNED'""")
				.param("starts", Timestamp.from(startsAt)).param("minutes", durationMinutes).param("id", session)
				.param("bilan", bilan).update() == 1;
	}

	/** The worker a session was planned with. */
	Optional<UUID> workerOf(UUID session) {
		return jdbc.sql("select worker_id from bilan_session where id = :id").param("id", session).query(UUID.class).optional();
	}

	/** The counsellor who planned a session. */
	Optional<UUID> counsellorOf(UUID session) {
		return jdbc.sql("select counsellor_id from bilan_session where id = :id").param("id", session).query(UUID.class)
				.optional();
	}

	/** Minutes of held sessions. */
	int heldMinutes(UUID bilan) {
		return minutes(bilan, "HELD");
	}

	/** Minutes of sessions still planned. */
	int plannedMinutes(UUID bilan) {
		return minutes(bilan, "PLANNED");
	}

	/** Planned sessions starting from {@code from} until just before {@code to}, for reminders. */
	List<SessionView> plannedBetween(Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from bilan_session " + """
				where status = 'PLANNED' and starts_at >= :from and starts_at < :to order by starts_at""")
				.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Sessions::view).list();
	}

	/** Sessions a counsellor planned that start after {@code from}, for their calendar feed. */
	List<SessionView> ofCounsellorSince(UUID counsellor, Instant from) {
		return jdbc.sql("select " + COLUMNS + " from bilan_session " + """
				where counsellor_id = :counsellor and starts_at >= :from order by starts_at""")
				.param("counsellor", counsellor).param("from", Timestamp.from(from)).query(Sessions::view).list();
	}

	/** The figures of some bilans in one query; bilans without sessions are absent. */
	java.util.Map<UUID, SessionFigures> figures(java.util.Collection<UUID> bilans) {
		if (bilans.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("""
				select bilan_id,
				       coalesce(sum(duration_minutes) filter (where status = 'HELD'), 0) as held,
				       coalesce(sum(duration_minutes) filter (where status = 'PLANNED'), 0) as planned,
				       min(starts_at) filter (where status = 'PLANNED') as next_planned,
				       max(starts_at) filter (where status = 'HELD') as last_held
				from bilan_session where bilan_id in (:bilans) group by bilan_id""")
				.param("bilans", bilans)
				.query((rs, row) -> new SessionFigures(rs.getObject("bilan_id", UUID.class), rs.getInt("held"),
						rs.getInt("planned"), instant(rs.getTimestamp("next_planned")), instant(rs.getTimestamp("last_held"))))
				.list().stream().collect(java.util.stream.Collectors.toMap(SessionFigures::bilanId, f -> f));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private int minutes(UUID bilan, String status) {
		return jdbc.sql("select coalesce(sum(duration_minutes), 0) from bilan_session where bilan_id = :bilan and status = :status")
				.param("bilan", bilan).param("status", status).query(Integer.class).single();
	}

	private static SessionView view(ResultSet rs, int row) throws SQLException {
		return new SessionView(rs.getObject("id", UUID.class), rs.getObject("bilan_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getInt("duration_minutes"), rs.getString("status"),
				Modality.valueOf(rs.getString("modality")), rs.getString("cancelled_by"), rs.getInt("sequence"));
	}
}
