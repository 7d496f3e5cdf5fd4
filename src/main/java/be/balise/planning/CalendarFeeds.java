package be.balise.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counsellors' calendar feeds, by the SHA-256 of their secret token. */
@Repository
class CalendarFeeds {

	private final JdbcClient jdbc;

	CalendarFeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the counsellor's token hash; the previous token stops working. */
	void replace(UUID counsellor, byte[] tokenHash, Instant now) {
		jdbc.sql("""
				insert into calendar_feed (counsellor_id, token_sha256, created_at) values (:counsellor, :hash, :now)
				on conflict (counsellor_id) do update set token_sha256 = excluded.token_sha256, created_at = excluded.created_at""")
				.param("counsellor", counsellor).param("hash", tokenHash).param("now", Timestamp.from(now)).update();
	}

	Optional<UUID> counsellorOf(byte[] tokenHash) {
		return jdbc.sql("select counsellor_id from calendar_feed where token_sha256 = :hash").param("hash", tokenHash)
				.query(UUID.class).optional();
	}

	Optional<Instant> createdAt(UUID counsellor) {
		return jdbc.sql("select created_at from calendar_feed where counsellor_id = :counsellor").param("counsellor", counsellor)
				.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}
}
