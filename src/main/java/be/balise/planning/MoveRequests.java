package be.balise.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workers' requests to move a session, with an encrypted reason. */
@Repository
class MoveRequests {

	record Row(UUID id, UUID sessionId, byte[] reasonCipher, Instant askedAt) {
	}

	private final JdbcClient jdbc;

	MoveRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, UUID session, UUID bilan, byte[] reasonCipher, Instant now) {
		jdbc.sql("""
				insert into session_move_request (id, session_id, bilan_id, reason_cipher, asked_at)
				values (:id, :session, :bilan, :reason, :now)""")
				.param("id", id).param("session", session).param("bilan", bilan).param("reason", reasonCipher)
				.param("now", Timestamp.from(now)).update();
	}

	/** Requests not settled yet (the session was neither moved nor ended since). */
	List<Row> openOfBilan(UUID bilan) {
		return jdbc.sql("""
				select id, session_id, reason_cipher, asked_at from session_move_request
				where bilan_id = :bilan and settled_at is null order by asked_at""")
				.param("bilan", bilan)
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
						rs.getBytes("reason_cipher"), rs.getTimestamp("asked_at").toInstant()))
				.list();
	}

	void settle(UUID bilan, UUID session, Instant now) {
		jdbc.sql("update session_move_request set settled_at = :now where bilan_id = :bilan and session_id = :session and settled_at is null")
				.param("now", Timestamp.from(now)).param("bilan", bilan).param("session", session).update();
	}

	List<Row> allOfBilan(UUID bilan) {
		return jdbc.sql("select id, session_id, reason_cipher, asked_at from session_move_request where bilan_id = :bilan order by asked_at")
				.param("bilan", bilan)
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
						rs.getBytes("reason_cipher"), rs.getTimestamp("asked_at").toInstant()))
				.list();
	}

	int deleteOfBilan(UUID bilan) {
		return jdbc.sql("delete from session_move_request where bilan_id = :bilan").param("bilan", bilan).update();
	}
}
