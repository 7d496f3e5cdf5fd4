package be.balise.assessment;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.identity.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bilans and their history. History reasons are encrypted under the bilan's own key. */
@Repository
class Bilans {

	private static final String COLUMNS = """
			id, worker_id, scheme_id, follow_up_interviews, state, suspended_from, operator_id, counsellor_id,
			proposed_counsellor_id, created_at, updated_at, final_at, version""";

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	Bilans(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<Bilan> find(BilanId id) {
		return jdbc.sql("select " + COLUMNS + " from bilan where id = :id").param("id", id.value())
				.query(Bilans::bilan).optional();
	}

	Optional<BilanSummary> summary(BilanId id) {
		return jdbc.sql("select " + COLUMNS + " from bilan where id = :id").param("id", id.value())
				.query(Bilans::summary).optional();
	}

	/** Stores a new or changed bilan and its new history; refuses when someone else changed it meanwhile. */
	void save(Bilan bilan, Instant now) {
		if (bilan.version() == 0) {
			insert(bilan, now);
		} else {
			update(bilan, now);
		}
		bilan.newEntries().forEach(entry -> insertHistory(bilan.id(), entry));
		bilan.saved(bilan.version() + 1);
	}

	private void insert(Bilan bilan, Instant now) {
		jdbc.sql("""
				insert into bilan (id, worker_id, scheme_id, follow_up_interviews, state, created_at, updated_at, version)
				values (:id, :worker, :scheme, :followUps, :state, :created, :now, 1)""")
				.param("id", bilan.id().value()).param("worker", bilan.workerId()).param("scheme", bilan.schemeId())
				.param("followUps", bilan.followUpInterviews()).param("state", bilan.state().name())
				.param("created", Timestamp.from(bilan.createdAt())).param("now", Timestamp.from(now))
				.update();
	}

	private void update(Bilan bilan, Instant now) {
		int updated = jdbc.sql("""
				update bilan set state = :state, suspended_from = :suspendedFrom, operator_id = :operator,
				       counsellor_id = :counsellor, proposed_counsellor_id = :proposed, final_at = :finalAt,
				       updated_at = :now, version = version + 1
				where id = :id and version = :version""")
				.param("state", bilan.state().name())
				.param("suspendedFrom", bilan.suspendedFrom() == null ? null : bilan.suspendedFrom().name())
				.param("operator", bilan.operatorId()).param("counsellor", bilan.counsellorId())
				.param("proposed", bilan.proposedCounsellorId())
				.param("finalAt", bilan.finalAt() == null ? null : Timestamp.from(bilan.finalAt()))
				.param("now", Timestamp.from(now)).param("id", bilan.id().value()).param("version", bilan.version())
				.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("bilan changed meanwhile");
		}
	}

	private void insertHistory(BilanId bilan, HistoryEntry entry) {
		jdbc.sql("""
				insert into bilan_history (id, bilan_id, kind, from_state, to_state, actor_id, actor_role, reason, detail, at)
				values (:id, :bilan, :kind, :from, :to, :actor, :role, :reason, :detail, :at)""")
				.param("id", entry.id()).param("bilan", bilan.value()).param("kind", entry.kind().name())
				.param("from", entry.from() == null ? null : entry.from().name())
				.param("to", entry.to() == null ? null : entry.to().name())
				.param("actor", entry.actor().accountId()).param("role", entry.actor().role().name())
				.param("reason", entry.reason() == null ? null : encrypt(bilan, entry.id(), entry.reason()))
				.param("detail", entry.detail()).param("at", Timestamp.from(entry.at()))
				.update();
	}

	/** The history without reasons: what administration may see. */
	List<HistoryEntry> history(BilanId bilan) {
		return jdbc.sql("select id, kind, from_state, to_state, actor_id, actor_role, detail, at from bilan_history "
				+ "where bilan_id = :bilan order by at, seq")
				.param("bilan", bilan.value())
				.query((rs, row) -> entry(rs, null)).list();
	}

	/** The history with the reasons decrypted; callers have checked access and audited the read. */
	List<HistoryEntry> historyWithReasons(BilanId bilan) {
		return jdbc.sql("select id, kind, from_state, to_state, actor_id, actor_role, reason, detail, at from bilan_history "
				+ "where bilan_id = :bilan order by at, seq")
				.param("bilan", bilan.value())
				.query((rs, row) -> {
					byte[] reason = rs.getBytes("reason");
					UUID id = rs.getObject("id", UUID.class);
					return entry(rs, reason == null ? null : decrypt(bilan, id, reason));
				}).list();
	}

	private byte[] encrypt(BilanId bilan, UUID entry, String text) {
		return cipher.encrypt(KeyScope.bilan(bilan.value()), text.getBytes(StandardCharsets.UTF_8), associatedData(entry));
	}

	private String decrypt(BilanId bilan, UUID entry, byte[] ciphertext) {
		return new String(cipher.decrypt(KeyScope.bilan(bilan.value()), ciphertext, associatedData(entry)),
				StandardCharsets.UTF_8);
	}

	private static byte[] associatedData(UUID entry) {
		return ("bilan_history:" + entry).getBytes(StandardCharsets.UTF_8);
	}

	private static HistoryEntry entry(ResultSet rs, String reason) throws SQLException {
		String from = rs.getString("from_state");
		String to = rs.getString("to_state");
		return new HistoryEntry(rs.getObject("id", UUID.class), HistoryEntry.Kind.valueOf(rs.getString("kind")),
				from == null ? null : BilanState.valueOf(from), to == null ? null : BilanState.valueOf(to),
				new Actor(rs.getObject("actor_id", UUID.class), Role.valueOf(rs.getString("actor_role"))), reason,
				rs.getString("detail"), rs.getTimestamp("at").toInstant());
	}

	private static Bilan bilan(ResultSet rs, int row) throws SQLException {
		String suspendedFrom = rs.getString("suspended_from");
		Timestamp finalAt = rs.getTimestamp("final_at");
		return new Bilan(new BilanId(rs.getObject("id", UUID.class)), rs.getObject("worker_id", UUID.class),
				rs.getObject("scheme_id", UUID.class), rs.getInt("follow_up_interviews"),
				rs.getTimestamp("created_at").toInstant(), BilanState.valueOf(rs.getString("state")),
				suspendedFrom == null ? null : BilanState.valueOf(suspendedFrom), rs.getObject("operator_id", UUID.class),
				rs.getObject("counsellor_id", UUID.class), rs.getObject("proposed_counsellor_id", UUID.class),
				finalAt == null ? null : finalAt.toInstant(), rs.getLong("version"));
	}

	static BilanSummary summary(ResultSet rs, int row) throws SQLException {
		return BilanSummary.of(bilan(rs, row), rs.getTimestamp("updated_at").toInstant());
	}
}
