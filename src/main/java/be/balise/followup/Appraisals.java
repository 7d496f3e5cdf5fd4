package be.balise.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appraisals in the database. The scored answer is written with de-identified facts only; the marker that a
 * bilan's appraisal was given and the free comment are written apart, with nothing that links them to the scores.
 */
@Repository
class Appraisals {

	static final String COMMENTS = "appraisal_comment";

	/** What an answer is linked to: scheme, operator, counsellor, quarter, bands of hours and duration. */
	record Facts(UUID scheme, UUID operator, UUID counsellor, String period, String hoursBand, String durationBand) {
	}

	/** A comment as read in a batch: its bilan (for decryption and the audit, never shown) and its ciphertext. */
	record StoredComment(UUID bilan, String period, byte[] ciphertext) {
	}

	/** How a scope is written in SQL: a column and the ids it may hold. */
	record Scope(String column, Collection<UUID> ids) {
	}

	private final JdbcClient jdbc;

	Appraisals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the bilan's appraisal as given; false when it was given before. */
	boolean markGiven(UUID bilan) {
		return jdbc.sql("insert into appraisal_given (bilan_id) values (:bilan) on conflict do nothing")
				.param("bilan", bilan).update() == 1;
	}

	boolean given(UUID bilan) {
		return jdbc.sql("select count(*) from appraisal_given where bilan_id = :bilan").param("bilan", bilan)
				.query(Long.class).single() > 0;
	}

	void insertAnswer(String questionnaire, Facts facts, Map<AppraisalItem, Integer> scores) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appraisal_answer (id, questionnaire, scheme_id, operator_id, counsellor_id, period, hours_band, duration_band)
				values (:id, :questionnaire, :scheme, :operator, :counsellor, :period, :hours, :duration)""")
				.param("id", id).param("questionnaire", questionnaire).param("scheme", facts.scheme())
				.param("operator", facts.operator()).param("counsellor", facts.counsellor()).param("period", facts.period())
				.param("hours", facts.hoursBand()).param("duration", facts.durationBand()).update();
		scores.forEach((item, score) -> jdbc.sql("insert into appraisal_score (answer_id, item, score) values (:id, :item, :score)")
				.param("id", id).param("item", item.name()).param("score", score).update());
	}

	void insertComment(UUID bilan, Facts facts, byte[] ciphertext) {
		jdbc.sql("""
				insert into appraisal_comment (bilan_id, scheme_id, operator_id, counsellor_id, period, ciphertext)
				values (:bilan, :scheme, :operator, :counsellor, :period, :ciphertext)""")
				.param("bilan", bilan).param("scheme", facts.scheme()).param("operator", facts.operator())
				.param("counsellor", facts.counsellor()).param("period", facts.period()).param("ciphertext", ciphertext).update();
	}

	Optional<byte[]> commentOf(UUID bilan) {
		return jdbc.sql("select ciphertext from appraisal_comment where bilan_id = :bilan").param("bilan", bilan)
				.query((rs, n) -> rs.getBytes(1)).optional();
	}

	void deleteComment(UUID bilan) {
		jdbc.sql("delete from appraisal_comment where bilan_id = :bilan").param("bilan", bilan).update();
	}

	/** The comments of closed periods (before {@code currentPeriod}) within a scope. */
	List<StoredComment> comments(Scope scope, String currentPeriod) {
		if (scope.ids().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select bilan_id, period, ciphertext from appraisal_comment where " + scope.column()
				+ " in (:ids) and period < :current")
				.param("ids", scope.ids()).param("current", currentPeriod)
				.query((rs, n) -> new StoredComment(rs.getObject("bilan_id", UUID.class), rs.getString("period"), rs.getBytes("ciphertext")))
				.list();
	}

	/** Mean score per item and closed period within a scope, only for periods with at least {@code minimum} answers. */
	List<AppraisalAggregate> aggregates(Scope scope, String currentPeriod, int minimum) {
		if (scope.ids().isEmpty()) {
			return List.of();
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, Map<AppraisalItem, BigDecimal>> means = new LinkedHashMap<>();
		jdbc.sql("select a.period, s.item, count(*) as answers, avg(s.score) as mean from appraisal_answer a"
				+ " join appraisal_score s on s.answer_id = a.id where a." + scope.column() + " in (:ids) and a.period < :current"
				+ " group by a.period, s.item having count(*) >= :minimum order by a.period desc, s.item")
				.param("ids", scope.ids()).param("current", currentPeriod).param("minimum", minimum)
				.query(rs -> {
					String period = rs.getString("period");
					counts.merge(period, rs.getLong("answers"), Math::max);
					means.computeIfAbsent(period, key -> new EnumMap<>(AppraisalItem.class))
							.put(AppraisalItem.valueOf(rs.getString("item")), rs.getBigDecimal("mean").setScale(1, RoundingMode.HALF_UP));
				});
		List<AppraisalAggregate> result = new ArrayList<>();
		means.forEach((period, byItem) -> result.add(new AppraisalAggregate(period, counts.get(period), byItem)));
		return result;
	}
}
