package be.balise.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of bilans each role sees, one page at a time, each scoped in SQL to what that person may see:
 * their own bilans for a worker, the ones they conduct for a counsellor, their operators' for an admin.
 */
@Repository
public class BilanLists {

	private static final String COLUMNS = """
			id, worker_id, scheme_id, follow_up_interviews, state, suspended_from, operator_id, counsellor_id,
			proposed_counsellor_id, created_at, updated_at, final_at, version""";

	private final JdbcClient jdbc;

	BilanLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Page(List<BilanSummary> rows, long total, int number, int size) {

		public long pages() {
			return Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return (long) (number + 1) * size < total;
		}
	}

	public List<BilanSummary> ofWorker(UUID worker) {
		return jdbc.sql("select " + COLUMNS + " from bilan where worker_id = :worker order by created_at desc")
				.param("worker", worker).query(Bilans::summary).list();
	}

	/** The counsellor's caseload: open bilans first by last change, or the ended ones. */
	public Page caseload(UUID counsellor, boolean ended, BilanSort sort, int page, int size) {
		String where = "counsellor_id = :me and final_at is " + (ended ? "not null" : "null");
		var rows = jdbc.sql("select " + COLUMNS + " from bilan where " + where
				+ " order by " + sort.orderBy() + " limit :size offset :offset")
				.param("me", counsellor).param("size", size).param("offset", (long) page * size)
				.query(Bilans::summary).list();
		long total = jdbc.sql("select count(*) from bilan where " + where).param("me", counsellor).query(Long.class).single();
		return new Page(rows, total, page, size);
	}

	/** The bilans under some schemes (a fund's), newest change first, optionally only one state. */
	public Page ofSchemes(Set<UUID> schemes, BilanState state, BilanSort sort, int page, int size) {
		return scoped("scheme_id in (:scope)", schemes, state, sort, page, size);
	}

	/** The bilans of the operators an admin runs, newest change first, optionally only one state. */
	public Page ofOperators(Set<UUID> operators, BilanState state, BilanSort sort, int page, int size) {
		return scoped("operator_id in (:scope)", operators, state, sort, page, size);
	}

	private Page scoped(String scopeCondition, Set<UUID> scope, BilanState state, BilanSort sort, int page, int size) {
		if (scope.isEmpty()) {
			return new Page(List.of(), 0, page, size);
		}
		String where = scopeCondition + (state == null ? "" : " and state = :state");
		var query = jdbc.sql("select " + COLUMNS + " from bilan where " + where
				+ " order by " + sort.orderBy() + " limit :size offset :offset")
				.param("scope", scope).param("size", size).param("offset", (long) page * size);
		var count = jdbc.sql("select count(*) from bilan where " + where).param("scope", scope);
		if (state != null) {
			query = query.param("state", state.name());
			count = count.param("state", state.name());
		}
		return new Page(query.query(Bilans::summary).list(), count.query(Long.class).single(), page, size);
	}

	/** One bilan's administration, for read models fed by events and acting for no person. */
	public java.util.Optional<BilanSummary> findForRecords(BilanId id) {
		return jdbc.sql("select " + COLUMNS + " from bilan where id = :id").param("id", id.value()).query(Bilans::summary)
				.optional();
	}

	/** The bilans that have a counsellor, by id after {@code after} (null for the first page), for rebuilding read models. */
	public List<BilanSummary> withCounsellorAfter(UUID after, int limit) {
		String cursor = after == null ? "" : " and id > :after";
		var query = jdbc.sql("select " + COLUMNS + " from bilan where counsellor_id is not null" + cursor + " order by id limit :limit")
				.param("limit", limit);
		if (after != null) {
			query = query.param("after", after);
		}
		return query.query(Bilans::summary).list();
	}

	/** The schemes (versions) under which some bilan has ended: the retention job applies each one's period. */
	public List<UUID> schemesWithEndedBilans() {
		return jdbc.sql("select distinct scheme_id from bilan where final_at is not null").query(UUID.class).list();
	}

	/**
	 * One page of the bilans of a scheme that ended at or before {@code endedBy}, oldest end first, for the
	 * retention job; {@code after} is the last bilan of the previous page (null for the first).
	 */
	public List<BilanSummary> endedBy(UUID scheme, Instant endedBy, BilanSummary after, int limit) {
		String cursor = after == null ? "" : " and (final_at, id) > (:afterAt, :afterId)";
		var query = jdbc.sql("select " + COLUMNS + " from bilan where scheme_id = :scheme and final_at <= :endedBy" + cursor
				+ " order by final_at, id limit :limit")
				.param("scheme", scheme).param("endedBy", Timestamp.from(endedBy)).param("limit", limit);
		if (after != null) {
			query = query.param("afterAt", Timestamp.from(after.finalAt())).param("afterId", after.id().value());
		}
		return query.query(Bilans::summary).list();
	}
}
