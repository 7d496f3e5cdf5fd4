package be.balise.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the retention job did to each ended bilan: when the worker was told, and when the content was destroyed. */
@Repository
class Retentions {

	/** A bilan's retention so far; either time may be null. */
	record Retention(UUID bilanId, Instant warnedAt, Instant destroyedAt) {
	}

	private final JdbcClient jdbc;

	Retentions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Retention> find(UUID bilan) {
		return jdbc.sql("select bilan_id, warned_at, destroyed_at from bilan_retention where bilan_id = :bilan")
				.param("bilan", bilan).query(Retentions::row).optional();
	}

	/** The retention of several bilans in one query, by bilan id (absent when nothing was done yet). */
	Map<UUID, Retention> of(Collection<UUID> bilans) {
		if (bilans.isEmpty()) {
			return Map.of();
		}
		List<Retention> rows = jdbc.sql("select bilan_id, warned_at, destroyed_at from bilan_retention where bilan_id in (:bilans)")
				.param("bilans", bilans).query(Retentions::row).list();
		return rows.stream().collect(Collectors.toMap(Retention::bilanId, row -> row));
	}

	void markWarned(UUID bilan, Instant at) {
		jdbc.sql("insert into bilan_retention (bilan_id, warned_at) values (:bilan, :at) "
				+ "on conflict (bilan_id) do update set warned_at = excluded.warned_at")
				.param("bilan", bilan).param("at", Timestamp.from(at)).update();
	}

	void markDestroyed(UUID bilan, Instant at) {
		jdbc.sql("insert into bilan_retention (bilan_id, destroyed_at) values (:bilan, :at) "
				+ "on conflict (bilan_id) do update set destroyed_at = excluded.destroyed_at")
				.param("bilan", bilan).param("at", Timestamp.from(at)).update();
	}

	private static Retention row(ResultSet rs, int n) throws SQLException {
		return new Retention(rs.getObject("bilan_id", UUID.class), instant(rs, "warned_at"), instant(rs, "destroyed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
