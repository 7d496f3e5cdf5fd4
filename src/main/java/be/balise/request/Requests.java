package be.balise.request;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.scheme.RuleOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests; the worker's reasons are encrypted under the bilan's key. */
@Repository
class Requests {

	private static final String COLUMNS = """
			bilan_id, worker_id, scheme_id, joint_committee, company_number, work_status, working_hours, employer_agreed,
			language, region, modality, submitted_at, decision, decided_at, decision_note, experience_years, residence_region,
			rule_verdict""";

	private final JdbcClient jdbc;
	private final ContentCipher cipher;

	Requests(JdbcClient jdbc, ContentCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<UUID> bilanOfSubmission(UUID submissionKey) {
		return jdbc.sql("select bilan_id from bilan_request where submission_key = :key")
				.param("key", submissionKey).query(UUID.class).optional();
	}

	void insert(UUID bilanId, UUID workerId, UUID schemeId, UUID fundId, RequestForm form, Instant now) {
		jdbc.sql("""
				insert into bilan_request (bilan_id, submission_key, worker_id, scheme_id, fund_id, joint_committee,
				    company_number, work_status, working_hours, employer_agreed, reasons, language, region, modality, submitted_at,
				    experience_years, residence_region)
				values (:bilan, :key, :worker, :scheme, :fund, :jc, :company, :status, :hours, :agreed, :reasons, :lang,
				    :region, :modality, :now, :years, :residence)""")
				.param("bilan", bilanId).param("key", form.getSubmissionKey()).param("worker", workerId)
				.param("scheme", schemeId).param("fund", fundId)
				.param("jc", form.normalisedJointCommittee()).param("company", form.normalisedCompanyNumber())
				.param("status", form.getWorkStatus()).param("hours", form.isWorkingHours())
				.param("agreed", form.isEmployerAgreed()).param("reasons", encrypt(bilanId, form.getReasons()))
				.param("lang", form.getLanguage()).param("region", form.getRegion().strip())
				.param("modality", form.getModality()).param("now", Timestamp.from(now))
				.param("years", form.experienceYearsValue()).param("residence", form.getResidenceRegion())
				.update();
	}

	/** The worker corrects the request after the fund asked for information. */
	void correct(UUID bilanId, RequestForm form) {
		jdbc.sql("""
				update bilan_request set joint_committee = :jc, company_number = :company, work_status = :status,
				    working_hours = :hours, employer_agreed = :agreed, reasons = :reasons, language = :lang,
				    region = :region, modality = :modality, experience_years = :years, residence_region = :residence,
				    decision = 'PENDING'
				where bilan_id = :bilan""")
				.param("jc", form.normalisedJointCommittee()).param("company", form.normalisedCompanyNumber())
				.param("status", form.getWorkStatus()).param("hours", form.isWorkingHours())
				.param("agreed", form.isEmployerAgreed()).param("reasons", encrypt(bilanId, form.getReasons()))
				.param("lang", form.getLanguage()).param("region", form.getRegion().strip())
				.param("modality", form.getModality()).param("bilan", bilanId)
				.param("years", form.experienceYearsValue()).param("residence", form.getResidenceRegion())
				.update();
	}

	void decide(UUID bilanId, RequestRecord.Decision decision, UUID officer, String note, Instant now) {
		jdbc.sql("""
				update bilan_request set decision = :decision, decided_at = :now, decided_by = :officer, decision_note = :note
				where bilan_id = :bilan""")
				.param("decision", decision.name()).param("now", Timestamp.from(now)).param("officer", officer)
				.param("note", note).param("bilan", bilanId)
				.update();
	}

	Optional<RequestRecord> find(UUID bilanId) {
		return jdbc.sql("select " + COLUMNS + " from bilan_request where bilan_id = :bilan")
				.param("bilan", bilanId).query(Requests::record).optional();
	}

	/** The reasons, decrypted; the caller has checked access and audited the read. */
	Optional<String> reasons(UUID bilanId) {
		return jdbc.sql("select reasons from bilan_request where bilan_id = :bilan and reasons is not null")
				.param("bilan", bilanId).query(byte[].class).optional()
				.map(ciphertext -> new String(cipher.decrypt(KeyScope.bilan(bilanId), ciphertext, ad(bilanId)),
						StandardCharsets.UTF_8));
	}

	/** One page of the requests waiting for a decision in the officer's funds, filtered, oldest first. */
	List<RequestRecord> pending(Set<UUID> funds, QueueFilter filter, int page, int size) {
		if (funds.isEmpty()) {
			return List.of();
		}
		return bind(jdbc.sql("select " + COLUMNS + " from bilan_request " + pendingWhere(filter)
				+ " order by submitted_at, bilan_id limit :size offset :offset"), funds, filter)
				.param("size", size).param("offset", page * size)
				.query(Requests::record).list();
	}

	long countPending(Set<UUID> funds, QueueFilter filter) {
		if (funds.isEmpty()) {
			return 0;
		}
		return bind(jdbc.sql("select count(*) from bilan_request " + pendingWhere(filter)), funds, filter)
				.query(Long.class).single();
	}

	/** Dates are Brussels days: "from" includes its whole day, "to" too. */
	private static String pendingWhere(QueueFilter filter) {
		return "where fund_id in (:funds) and decision = 'PENDING'"
				+ (filter.scheme() == null ? "" : " and scheme_id in (select v.id from scheme v join scheme s on s.code = v.code where s.id = :scheme)")
				+ (filter.from() == null ? "" : " and submitted_at >= (cast(:from as date)::timestamp at time zone 'Europe/Brussels')")
				+ (filter.to() == null ? "" : " and submitted_at < ((cast(:to as date) + 1)::timestamp at time zone 'Europe/Brussels')")
				+ (filter.verdict() == null ? "" : " and rule_verdict = :verdict");
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Set<UUID> funds, QueueFilter filter) {
		statement = statement.param("funds", funds);
		if (filter.scheme() != null) statement = statement.param("scheme", filter.scheme());
		if (filter.from() != null) statement = statement.param("from", java.sql.Date.valueOf(filter.from()));
		if (filter.to() != null) statement = statement.param("to", java.sql.Date.valueOf(filter.to()));
		if (filter.verdict() != null) statement = statement.param("verdict", filter.verdict().name());
		return statement;
	}

	void destroyReasons(UUID bilanId) {
		jdbc.sql("update bilan_request set reasons = null where bilan_id = :bilan").param("bilan", bilanId).update();
	}

	private byte[] encrypt(UUID bilanId, String reasons) {
		return cipher.encrypt(KeyScope.bilan(bilanId), reasons.strip().getBytes(StandardCharsets.UTF_8), ad(bilanId));
	}

	private static byte[] ad(UUID bilanId) {
		return ("bilan_request.reasons:" + bilanId).getBytes(StandardCharsets.UTF_8);
	}

	private static RequestRecord record(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		String verdict = rs.getString("rule_verdict");
		return new RequestRecord(rs.getObject("bilan_id", UUID.class), rs.getObject("worker_id", UUID.class),
				rs.getObject("scheme_id", UUID.class), rs.getString("joint_committee"), rs.getString("company_number"),
				rs.getString("work_status"), rs.getBoolean("working_hours"), rs.getBoolean("employer_agreed"),
				rs.getString("language"), rs.getString("region"), rs.getString("modality"),
				rs.getTimestamp("submitted_at").toInstant(), RequestRecord.Decision.valueOf(rs.getString("decision")),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
				(Integer) rs.getObject("experience_years"), rs.getString("residence_region"),
				verdict == null ? null : RuleOutcome.valueOf(verdict));
	}
}
