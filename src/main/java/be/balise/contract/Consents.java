package be.balise.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The worker's acknowledgement of the charter and consent, one row per bilan. */
@Repository
class Consents {

	record Row(String charterVersion, int noticeVersion, Instant givenAt, Instant withdrawnAt) {
		boolean active() {
			return withdrawnAt == null;
		}
	}

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records consent once; false if it was already given (or given and withdrawn). */
	boolean give(UUID bilan, String charterVersion, int noticeVersion, Instant now) {
		return jdbc.sql("""
				insert into bilan_consent (bilan_id, charter_version, notice_version, given_at)
				values (:bilan, :charter, :notice, :now) on conflict (bilan_id) do nothing""")
				.param("bilan", bilan).param("charter", charterVersion).param("notice", noticeVersion)
				.param("now", Timestamp.from(now)).update() == 1;
	}

	boolean withdraw(UUID bilan, Instant now) {
		return jdbc.sql("update bilan_consent set withdrawn_at = :now where bilan_id = :bilan and withdrawn_at is null")
				.param("bilan", bilan).param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<Row> find(UUID bilan) {
		return jdbc.sql("select * from bilan_consent where bilan_id = :bilan").param("bilan", bilan)
				.query((rs, n) -> new Row(rs.getString("charter_version"), rs.getInt("notice_version"),
						rs.getTimestamp("given_at").toInstant(),
						rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant()))
				.optional();
	}
}
