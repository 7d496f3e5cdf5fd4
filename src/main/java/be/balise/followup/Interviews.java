package be.balise.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up interviews, their texts (encrypted), self-assessments, referrals and the reminders sent for them. */
@Repository
class Interviews {

	static final String TEXTS = "follow_up_text";
	static final String SELF = "follow_up_self_assessment";
	static final String REFERRALS = "follow_up_referral";
	static final String MOMENT = "MOMENT";
	static final String RECORD = "RECORD";

	/** An interview row without its texts. */
	record Row(UUID id, UUID bilanId, int number, Instant plannedAt, Instant agreedAt, Instant heldAt) {

		boolean held() {
			return heldAt != null;
		}
	}

	/** A self-assessment as stored: four ciphertexts. */
	record StoredSelf(UUID interviewId, byte[] progress, byte[] learnt, byte[] obstacles, byte[] needs, Instant updatedAt) {
	}

	/** A referral as stored. */
	record StoredReferral(UUID id, UUID interviewId, String schemeCode, String schemeName, byte[] note, Instant referredAt) {
	}

	private final JdbcClient jdbc;

	Interviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> ofBilan(UUID bilan) {
		return jdbc.sql("select id, bilan_id, number, planned_at, agreed_at, held_at from follow_up_interview where bilan_id = :bilan order by number")
				.param("bilan", bilan).query(Interviews::row).list();
	}

	Optional<Row> find(UUID bilan, UUID id) {
		return jdbc.sql("select id, bilan_id, number, planned_at, agreed_at, held_at from follow_up_interview where id = :id and bilan_id = :bilan")
				.param("id", id).param("bilan", bilan).query(Interviews::row).optional();
	}

	Optional<Row> byNumber(UUID bilan, int number) {
		return jdbc.sql("select id, bilan_id, number, planned_at, agreed_at, held_at from follow_up_interview where bilan_id = :bilan and number = :number")
				.param("bilan", bilan).param("number", number).query(Interviews::row).optional();
	}

	void insert(UUID id, UUID bilan, int number, Instant plannedAt, Instant now) {
		jdbc.sql("insert into follow_up_interview (id, bilan_id, number, planned_at, created_at) values (:id, :bilan, :number, :planned, :now)")
				.param("id", id).param("bilan", bilan).param("number", number).param("planned", Timestamp.from(plannedAt))
				.param("now", Timestamp.from(now)).update();
	}

	/** A new date: the worker agrees again. */
	void replan(UUID bilan, UUID id, Instant plannedAt) {
		jdbc.sql("update follow_up_interview set planned_at = :planned, agreed_at = null where id = :id and bilan_id = :bilan")
				.param("planned", Timestamp.from(plannedAt)).param("id", id).param("bilan", bilan).update();
	}

	boolean agree(UUID bilan, UUID id, Instant now) {
		return jdbc.sql("update follow_up_interview set agreed_at = :now where id = :id and bilan_id = :bilan and agreed_at is null")
				.param("now", Timestamp.from(now)).param("id", id).param("bilan", bilan).update() == 1;
	}

	void markHeld(UUID bilan, UUID id, Instant now) {
		jdbc.sql("update follow_up_interview set held_at = coalesce(held_at, :now) where id = :id and bilan_id = :bilan")
				.param("now", Timestamp.from(now)).param("id", id).param("bilan", bilan).update();
	}

	/** An interview to remind, with the two people of its bilan (the job acts for nobody). */
	record Due(Row interview, UUID workerId, UUID counsellorId) {
	}

	/** The interviews not yet held of bilans still open, planned from {@code from} (included) to {@code to} (excluded), oldest first. */
	List<Due> due(Instant from, Instant to) {
		return jdbc.sql("""
				select i.id, i.bilan_id, i.number, i.planned_at, i.agreed_at, i.held_at, b.worker_id, b.counsellor_id
				from follow_up_interview i join bilan b on b.id = i.bilan_id
				where i.held_at is null and i.planned_at >= :from and i.planned_at < :to and b.final_at is null
				order by i.planned_at, i.id""")
				.param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
				.query((rs, n) -> new Due(row(rs, n), rs.getObject("worker_id", UUID.class), rs.getObject("counsellor_id", UUID.class)))
				.list();
	}

	// --- texts ---

	void saveText(UUID bilan, UUID interview, String kind, byte[] ciphertext, Instant now) {
		jdbc.sql("""
				insert into follow_up_text (interview_id, bilan_id, kind, ciphertext, updated_at) values (:interview, :bilan, :kind, :text, :now)
				on conflict (interview_id, kind) do update set ciphertext = excluded.ciphertext, updated_at = excluded.updated_at""")
				.param("interview", interview).param("bilan", bilan).param("kind", kind).param("text", ciphertext)
				.param("now", Timestamp.from(now)).update();
	}

	/** The texts of a bilan's interviews: interview id → kind → ciphertext. */
	Map<UUID, Map<String, byte[]>> texts(UUID bilan) {
		Map<UUID, Map<String, byte[]>> texts = new HashMap<>();
		jdbc.sql("select interview_id, kind, ciphertext from follow_up_text where bilan_id = :bilan").param("bilan", bilan)
				.query(rs -> {
					texts.computeIfAbsent(rs.getObject("interview_id", UUID.class), key -> new HashMap<>())
							.put(rs.getString("kind"), rs.getBytes("ciphertext"));
				});
		return texts;
	}

	void deleteTexts(UUID bilan) {
		jdbc.sql("delete from follow_up_text where bilan_id = :bilan").param("bilan", bilan).update();
	}

	// --- self-assessments ---

	void saveSelf(UUID bilan, StoredSelf self) {
		jdbc.sql("""
				insert into follow_up_self_assessment (interview_id, bilan_id, progress, learnt, obstacles, needs, updated_at)
				values (:interview, :bilan, :progress, :learnt, :obstacles, :needs, :now)
				on conflict (interview_id) do update set progress = excluded.progress, learnt = excluded.learnt,
				    obstacles = excluded.obstacles, needs = excluded.needs, updated_at = excluded.updated_at""")
				.param("interview", self.interviewId()).param("bilan", bilan).param("progress", self.progress())
				.param("learnt", self.learnt()).param("obstacles", self.obstacles()).param("needs", self.needs())
				.param("now", Timestamp.from(self.updatedAt())).update();
	}

	Map<UUID, StoredSelf> selves(UUID bilan) {
		Map<UUID, StoredSelf> selves = new HashMap<>();
		jdbc.sql("select interview_id, progress, learnt, obstacles, needs, updated_at from follow_up_self_assessment where bilan_id = :bilan")
				.param("bilan", bilan)
				.query(rs -> {
					UUID id = rs.getObject("interview_id", UUID.class);
					selves.put(id, new StoredSelf(id, rs.getBytes("progress"), rs.getBytes("learnt"), rs.getBytes("obstacles"),
							rs.getBytes("needs"), instant(rs, "updated_at")));
				});
		return selves;
	}

	void deleteSelves(UUID bilan) {
		jdbc.sql("delete from follow_up_self_assessment where bilan_id = :bilan").param("bilan", bilan).update();
	}

	// --- referrals ---

	void insertReferral(UUID bilan, StoredReferral referral) {
		jdbc.sql("""
				insert into follow_up_referral (id, bilan_id, interview_id, scheme_code, scheme_name, note, referred_at)
				values (:id, :bilan, :interview, :code, :name, :note, :at)""")
				.param("id", referral.id()).param("bilan", bilan).param("interview", referral.interviewId())
				.param("code", referral.schemeCode()).param("name", referral.schemeName()).param("note", referral.note())
				.param("at", Timestamp.from(referral.referredAt())).update();
	}

	List<StoredReferral> referrals(UUID bilan) {
		return jdbc.sql("select id, interview_id, scheme_code, scheme_name, note, referred_at from follow_up_referral where bilan_id = :bilan order by referred_at, id")
				.param("bilan", bilan)
				.query((rs, n) -> new StoredReferral(rs.getObject("id", UUID.class), rs.getObject("interview_id", UUID.class),
						rs.getString("scheme_code"), rs.getString("scheme_name"), rs.getBytes("note"), instant(rs, "referred_at")))
				.list();
	}

	void deleteReferrals(UUID bilan) {
		jdbc.sql("delete from follow_up_referral where bilan_id = :bilan").param("bilan", bilan).update();
	}

	// --- reminders ---

	/** Claims one reminder; false when it was claimed before (another run, another instance). */
	boolean claimReminder(UUID interview, Instant plannedAt, String lead, String recipient, UUID outboxId) {
		return jdbc.sql("""
				insert into follow_up_reminder (interview_id, planned_at, lead, recipient, outbox_id)
				values (:interview, :planned, :lead, :recipient, :outbox) on conflict do nothing""")
				.param("interview", interview).param("planned", Timestamp.from(plannedAt)).param("lead", lead)
				.param("recipient", recipient).param("outbox", outboxId).update() == 1;
	}

	boolean reminded(UUID interview, Instant plannedAt, String lead, String recipient) {
		return jdbc.sql("""
				select count(*) from follow_up_reminder
				where interview_id = :interview and planned_at = :planned and lead = :lead and recipient = :recipient""")
				.param("interview", interview).param("planned", Timestamp.from(plannedAt)).param("lead", lead)
				.param("recipient", recipient).query(Long.class).single() > 0;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("bilan_id", UUID.class), rs.getInt("number"),
				instant(rs, "planned_at"), instant(rs, "agreed_at"), instant(rs, "held_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
