package be.balise.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rhythm agreed for each bilan: one session every n weeks. */
@Repository
class Rhythms {

	private final JdbcClient jdbc;

	Rhythms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void set(UUID bilan, int everyWeeks, Instant now) {
		jdbc.sql("""
				insert into bilan_rhythm (bilan_id, every_weeks, updated_at) values (:bilan, :weeks, :now)
				on conflict (bilan_id) do update set every_weeks = excluded.every_weeks, updated_at = excluded.updated_at""")
				.param("bilan", bilan).param("weeks", everyWeeks).param("now", Timestamp.from(now)).update();
	}

	Optional<Integer> everyWeeks(UUID bilan) {
		return jdbc.sql("select every_weeks from bilan_rhythm where bilan_id = :bilan").param("bilan", bilan)
				.query(Integer.class).optional();
	}
}
