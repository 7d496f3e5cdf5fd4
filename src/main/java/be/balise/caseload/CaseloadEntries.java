package be.balise.caseload;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.balise.assessment.BilanState;
import be.balise.assessment.BilanSummary;
import be.balise.planning.SessionFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The caseload read model's table: written by the projection, read one page at a time in one statement. */
@Repository
class CaseloadEntries {

	/** Days without a session after which a bilan in conduct is flagged. */
	static final int QUIET_DAYS = 30;
	/** States in which sessions are expected, hence the quiet alert. */
	static final Set<BilanState> IN_CONDUCT = EnumSet.of(BilanState.CONTRACTED, BilanState.PRELIMINARY,
			BilanState.INVESTIGATION, BilanState.CONCLUSION);

	private static final String QUIET = "(not ended and state in (" + IN_CONDUCT.stream().map(s -> "'" + s.name() + "'")
			.collect(java.util.stream.Collectors.joining(",")) + ") and next_session_at is null"
			+ " and coalesce(last_held_at, changed_at) < :quiet)";
	private static final String NEARLY = "(max_minutes is not null and (held_minutes + planned_minutes) * 5 >= max_minutes * 4)";

	record Page(List<CaseloadRow> rows, long total) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	CaseloadEntries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Writes a bilan's administration (state, counsellor, maximum); its session figures stay as they are. */
	void upsert(BilanSummary bilan, Integer maxMinutes, Instant changedAt) {
		jdbc.sql("""
				insert into caseload_entry (bilan_id, counsellor_id, worker_id, scheme_id, state, ended, changed_at, max_minutes)
				values (:bilan, :counsellor, :worker, :scheme, :state, :ended, :changed, :max)
				on conflict (bilan_id) do update set counsellor_id = excluded.counsellor_id, worker_id = excluded.worker_id,
				  scheme_id = excluded.scheme_id, state = excluded.state, ended = excluded.ended,
				  changed_at = excluded.changed_at, max_minutes = excluded.max_minutes""")
				.param("bilan", bilan.id().value()).param("counsellor", bilan.counsellorId()).param("worker", bilan.workerId())
				.param("scheme", bilan.schemeId()).param("state", bilan.state().name()).param("ended", bilan.finalAt() != null)
				.param("changed", Timestamp.from(changedAt)).param("max", maxMinutes).update();
	}

	void remove(UUID bilan) {
		jdbc.sql("delete from caseload_entry where bilan_id = :bilan").param("bilan", bilan).update();
	}

	void figures(SessionFigures figures) {
		jdbc.sql("""
				update caseload_entry set held_minutes = :held, planned_minutes = :planned, next_session_at = :next,
				  last_held_at = :last where bilan_id = :bilan""")
				.param("held", figures.heldMinutes()).param("planned", figures.plannedMinutes())
				.param("next", timestamp(figures.nextPlanned())).param("last", timestamp(figures.lastHeld()))
				.param("bilan", figures.bilanId()).update();
	}

	/** One full row per bilan, for the rebuild: a batch of inserts in one round trip. */
	void insertAll(List<Object[]> rows) {
		template.batchUpdate("""
				insert into caseload_entry (bilan_id, counsellor_id, worker_id, scheme_id, state, ended, changed_at, max_minutes,
				  held_minutes, planned_minutes, next_session_at, last_held_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	void clear() {
		jdbc.sql("delete from caseload_entry").update();
	}

	long count() {
		return jdbc.sql("select count(*) from caseload_entry").query(Long.class).single();
	}

	boolean flag(UUID bilan, CaseloadAlert alert, boolean raised) {
		String set = raised ? "array_append(array_remove(flags, :flag), :flag)" : "array_remove(flags, :flag)";
		return jdbc.sql("update caseload_entry set flags = " + set + "::varchar(40)[] where bilan_id = :bilan")
				.param("flag", alert.name()).param("bilan", bilan).update() == 1;
	}

	/** One page of a counsellor's caseload with its total, in one statement (a second only past the last page). */
	Page page(UUID counsellor, boolean ended, BilanState state, CaseloadAlert alert, CaseloadSort sort, int page, int size,
			Instant now) {
		StringBuilder where = new StringBuilder("counsellor_id = :me and ended = :ended");
		if (state != null) {
			where.append(" and state = :state");
		}
		if (alert == CaseloadAlert.NO_RECENT_SESSION) {
			where.append(" and ").append(QUIET);
		} else if (alert == CaseloadAlert.HOURS_NEARLY_USED) {
			where.append(" and ").append(NEARLY);
		} else if (alert != null) {
			where.append(" and :flag = any(flags)");
		}
		var query = jdbc.sql("select bilan_id, worker_id, state, changed_at, next_session_at, held_minutes, planned_minutes,"
				+ " max_minutes, flags, " + QUIET + " as quiet, " + NEARLY + " as nearly, count(*) over () as total"
				+ " from caseload_entry where " + where + " order by " + sort.orderBy() + " limit :size offset :offset");
		var counting = jdbc.sql("select count(*) from caseload_entry where " + where);
		Timestamp quiet = Timestamp.from(now.minus(Duration.ofDays(QUIET_DAYS)));
		query = query.param("me", counsellor).param("ended", ended).param("quiet", quiet).param("size", size)
				.param("offset", (long) page * size);
		counting = counting.param("me", counsellor).param("ended", ended);
		if (where.indexOf(":quiet") >= 0) {
			counting = counting.param("quiet", quiet);
		}
		if (state != null) {
			query = query.param("state", state.name());
			counting = counting.param("state", state.name());
		}
		if (alert != null && alert.raised()) {
			query = query.param("flag", alert.name());
			counting = counting.param("flag", alert.name());
		}
		long[] total = {-1};
		List<CaseloadRow> rows = query.query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs);
		}).list();
		if (total[0] < 0) {
			total[0] = page == 0 ? 0 : counting.query(Long.class).single();
		}
		return new Page(rows, total[0]);
	}

	private static CaseloadRow row(ResultSet rs) throws SQLException {
		Set<CaseloadAlert> alerts = EnumSet.noneOf(CaseloadAlert.class);
		if (rs.getBoolean("quiet")) {
			alerts.add(CaseloadAlert.NO_RECENT_SESSION);
		}
		if (rs.getBoolean("nearly")) {
			alerts.add(CaseloadAlert.HOURS_NEARLY_USED);
		}
		Array flags = rs.getArray("flags");
		if (flags != null) {
			for (Object flag : (Object[]) flags.getArray()) {
				try {
					alerts.add(CaseloadAlert.valueOf(flag.toString()));
				} catch (IllegalArgumentException unknown) {
					// A flag of a newer version: ignored until this version knows it.
				}
			}
		}
		Timestamp next = rs.getTimestamp("next_session_at");
		int max = rs.getInt("max_minutes");
		boolean noMax = rs.wasNull();
		return new CaseloadRow(rs.getObject("bilan_id", UUID.class), rs.getObject("worker_id", UUID.class),
				BilanState.valueOf(rs.getString("state")), rs.getTimestamp("changed_at").toInstant(),
				next == null ? null : next.toInstant(), rs.getInt("held_minutes"), rs.getInt("planned_minutes"),
				noMax ? null : max, alerts);
	}

	static Object[] insertRow(BilanSummary bilan, Integer maxMinutes, SessionFigures figures) {
		return new Object[] {bilan.id().value(), bilan.counsellorId(), bilan.workerId(), bilan.schemeId(), bilan.state().name(),
				bilan.finalAt() != null, Timestamp.from(bilan.updatedAt()), maxMinutes, figures.heldMinutes(),
				figures.plannedMinutes(), timestamp(figures.nextPlanned()), timestamp(figures.lastHeld())};
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
