package be.balise.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which reminders went out: one per session and start time, enforced by the primary key. */
@Repository
class Reminders {

	private final JdbcClient jdbc;

	Reminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the reminder of this session at this time; false when it was claimed before. */
	boolean claim(UUID session, Instant startsAt, UUID outboxId) {
		return jdbc.sql("""
				insert into session_reminder (session_id, starts_at, outbox_id) values (:session, :starts, :outbox)
				on conflict do nothing""")
				.param("session", session).param("starts", Timestamp.from(startsAt)).param("outbox", outboxId)
				.update() == 1;
	}
}
