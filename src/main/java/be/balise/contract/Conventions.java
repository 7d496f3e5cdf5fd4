package be.balise.contract;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.scheme.ConventionParty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conventions, their signatures, and the counsellors allowed to sign for their operator. */
@Repository
class Conventions {

	record Row(UUID bilanId, UUID fileId, String sha256, String language, String template, Set<ConventionParty> parties,
			Instant generatedAt, Instant deadlineAt, Instant settledAt, String settledAs) {
	}

	record Signature(ConventionParty party, UUID signerId, String signerName, String signerRole, String sha256,
			Instant signedAt, LocalDate signedOn, UUID recordedBy, UUID scanFileId) {
	}

	private final JdbcClient jdbc;

	Conventions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the convention once; false if the bilan already had one. */
	boolean insert(Row row) {
		return jdbc.sql("""
				insert into convention (bilan_id, file_id, sha256, language, template, parties, generated_at, deadline_at)
				values (:bilan, :file, :sha, :language, :template, :parties, :generated, :deadline)
				on conflict (bilan_id) do nothing""")
				.param("bilan", row.bilanId()).param("file", row.fileId()).param("sha", row.sha256())
				.param("language", row.language()).param("template", row.template())
				.param("parties", row.parties().stream().map(Enum::name).collect(Collectors.joining(",")))
				.param("generated", Timestamp.from(row.generatedAt()))
				.param("deadline", row.deadlineAt() == null ? null : Timestamp.from(row.deadlineAt()))
				.update() == 1;
	}

	Optional<Row> find(UUID bilan) {
		return jdbc.sql("select * from convention where bilan_id = :bilan").param("bilan", bilan)
				.query((rs, n) -> new Row(rs.getObject("bilan_id", UUID.class), rs.getObject("file_id", UUID.class),
						rs.getString("sha256"), rs.getString("language"), rs.getString("template"),
						parties(rs.getString("parties")), instant(rs.getTimestamp("generated_at")),
						instant(rs.getTimestamp("deadline_at")), instant(rs.getTimestamp("settled_at")),
						rs.getString("settled_as")))
				.optional();
	}

	/** Conventions still open whose deadline is past. */
	List<UUID> overdue(Instant now, int limit) {
		return jdbc.sql("""
				select bilan_id from convention where settled_at is null and deadline_at <= :now
				order by deadline_at limit :limit""")
				.param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
	}

	void settle(UUID bilan, String as, Instant now) {
		jdbc.sql("update convention set settled_at = :now, settled_as = :as where bilan_id = :bilan and settled_at is null")
				.param("bilan", bilan).param("as", as).param("now", Timestamp.from(now)).update();
	}

	/** Records a signature once per party; false if the party had already signed. */
	boolean sign(UUID bilan, Signature signature) {
		return jdbc.sql("""
				insert into convention_signature (bilan_id, party, signer_id, signer_name, signer_role, sha256, signed_at,
				    signed_on, recorded_by, scan_file_id)
				values (:bilan, :party, :signer, :name, :role, :sha, :at, :on, :recordedBy, :scan)
				on conflict (bilan_id, party) do nothing""")
				.param("bilan", bilan).param("party", signature.party().name()).param("signer", signature.signerId())
				.param("name", signature.signerName()).param("role", signature.signerRole())
				.param("sha", signature.sha256()).param("at", Timestamp.from(signature.signedAt()))
				.param("on", signature.signedOn() == null ? null : Date.valueOf(signature.signedOn()))
				.param("recordedBy", signature.recordedBy()).param("scan", signature.scanFileId())
				.update() == 1;
	}

	List<Signature> signatures(UUID bilan) {
		return jdbc.sql("select * from convention_signature where bilan_id = :bilan order by signed_at, party")
				.param("bilan", bilan)
				.query((rs, n) -> new Signature(ConventionParty.valueOf(rs.getString("party")),
						rs.getObject("signer_id", UUID.class), rs.getString("signer_name"), rs.getString("signer_role"),
						rs.getString("sha256"), instant(rs.getTimestamp("signed_at")),
						rs.getDate("signed_on") == null ? null : rs.getDate("signed_on").toLocalDate(),
						rs.getObject("recorded_by", UUID.class), rs.getObject("scan_file_id", UUID.class)))
				.list();
	}

	/** Open conventions of these schemes that wait for the fund's signature, oldest first. */
	List<UUID> waitingForFund(Collection<UUID> schemes, int limit) {
		if (schemes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.bilan_id from convention c join bilan b on b.id = c.bilan_id
				where b.scheme_id in (:schemes) and b.state = 'FIRST_MEETING' and c.settled_at is null
				  and (',' || c.parties || ',') like '%,FUND,%'
				  and not exists (select 1 from convention_signature s where s.bilan_id = c.bilan_id and s.party = 'FUND')
				order by c.generated_at limit :limit""")
				.param("schemes", schemes).param("limit", limit).query(UUID.class).list();
	}

	boolean mayCounsellorSign(UUID operator, UUID counsellor) {
		return jdbc.sql("select count(*) from convention_delegate where operator_id = :operator and counsellor_id = :counsellor")
				.param("operator", operator).param("counsellor", counsellor).query(Integer.class).single() > 0;
	}

	void allow(UUID operator, UUID counsellor, UUID grantedBy, Instant now) {
		jdbc.sql("""
				insert into convention_delegate (operator_id, counsellor_id, granted_by, granted_at)
				values (:operator, :counsellor, :by, :now) on conflict do nothing""")
				.param("operator", operator).param("counsellor", counsellor).param("by", grantedBy)
				.param("now", Timestamp.from(now)).update();
	}

	void disallow(UUID operator, UUID counsellor) {
		jdbc.sql("delete from convention_delegate where operator_id = :operator and counsellor_id = :counsellor")
				.param("operator", operator).param("counsellor", counsellor).update();
	}

	static Set<ConventionParty> parties(String text) {
		Set<ConventionParty> parties = EnumSet.noneOf(ConventionParty.class);
		Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ConventionParty::valueOf)
				.forEach(parties::add);
		return parties;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
