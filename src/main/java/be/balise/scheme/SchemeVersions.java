package be.balise.scheme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes scheme versions: a new scheme, or the next version of one. A version is never changed once stored:
 * bilans point at the row they were requested under, so an older version stays readable as it was.
 */
@Repository
class SchemeVersions {

	private final JdbcClient jdbc;

	SchemeVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the draft as version {@code version} of {@code code} and makes it the current one. The unique
	 * (code, version) key makes two officers saving from the same version at once store only one of them.
	 */
	SchemeId insert(String code, int version, UUID fundId, SchemeForm.Draft draft, UUID author, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("update scheme set active = false where code = :code").param("code", code).update();
		jdbc.sql("""
				insert into scheme (id, code, version, fund_id, name_fr, name_nl, name_en, audience_fr, audience_nl, audience_en,
				    follow_up_interviews, signing_deadline_days, max_hours, retention_months, example, active,
				    convention_parties, extension_months, appraisal_questionnaire)
				values (:id, :code, :version, :fund, :nameFr, :nameNl, :nameEn, :audienceFr, :audienceNl, :audienceEn,
				    :followUps, :deadline, :maxHours, :retention, false, true, :parties, :extension, :questionnaire)""")
				.param("id", id).param("code", code).param("version", version).param("fund", fundId)
				.param("nameFr", draft.nameFr()).param("nameNl", draft.nameNl()).param("nameEn", draft.nameEn())
				.param("audienceFr", draft.audienceFr()).param("audienceNl", draft.audienceNl())
				.param("audienceEn", draft.audienceEn()).param("followUps", draft.followUpInterviews())
				.param("deadline", draft.signingDeadlineDays()).param("maxHours", draft.maxHours())
				.param("retention", draft.retentionMonths())
				.param("parties", String.join(",", draft.parties().stream().map(Enum::name).toList()))
				.param("extension", draft.extensionMonths()).param("questionnaire", draft.appraisalQuestionnaire())
				.update();
		int position = 0;
		for (SchemeRule rule : draft.rules()) {
			jdbc.sql("insert into scheme_rule (scheme_id, position, rule_type, params) values (:id, :position, :type, cast(:params as jsonb))")
					.param("id", id).param("position", ++position).param("type", rule.type().name())
					.param("params", rule.params().toString()).update();
		}
		jdbc.sql("insert into scheme_version_author (scheme_id, created_by, created_at) values (:id, :by, :at)")
				.param("id", id).param("by", author).param("at", Timestamp.from(now)).update();
		return new SchemeId(id);
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select exists (select 1 from scheme where code = :code)").param("code", code)
				.query(Boolean.class).single();
	}

	/** Whether this row is the current version of its scheme (an officer editing an older one is told so). */
	boolean isCurrent(SchemeId id) {
		return jdbc.sql("select active from scheme where id = :id").param("id", id.value()).query(Boolean.class)
				.optional().orElse(false);
	}

	/** Every version of a scheme, newest first. */
	List<SchemeVersionRow> versions(String code) {
		return jdbc.sql("""
				select s.id, s.version, s.active, a.created_at from scheme s
				left join scheme_version_author a on a.scheme_id = s.id
				where s.code = :code order by s.version desc""")
				.param("code", code)
				.query((rs, row) -> new SchemeVersionRow(new SchemeId(rs.getObject("id", UUID.class)), rs.getInt("version"),
						rs.getBoolean("active"),
						Optional.ofNullable(rs.getTimestamp("created_at")).map(Timestamp::toInstant).orElse(null)))
				.list();
	}

	/** The schemes of a fund, current version of each, with retired ones (no active version) left out. */
	List<UUID> currentIdsOfFund(UUID fundId) {
		return jdbc.sql("select id from scheme where fund_id = :fund and active order by code")
				.param("fund", fundId).query(UUID.class).list();
	}
}
