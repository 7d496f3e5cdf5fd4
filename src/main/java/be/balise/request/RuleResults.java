package be.balise.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import be.balise.scheme.RuleOutcome;
import be.balise.scheme.RuleResult;
import be.balise.scheme.RuleType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The result of each rule for each request, as evaluated when the worker sent or corrected it. */
@Repository
class RuleResults {

	private final JdbcClient jdbc;

	RuleResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(UUID bilanId, List<RuleResult> results, Instant now) {
		jdbc.sql("delete from request_rule_result where bilan_id = :bilan").param("bilan", bilanId).update();
		int position = 0;
		for (RuleResult result : results) {
			jdbc.sql("""
					insert into request_rule_result (bilan_id, position, rule_type, outcome, reason_key, reason_args, evaluated_at)
					values (:bilan, :position, :type, :outcome, :key, :args, :now)""")
					.param("bilan", bilanId).param("position", ++position).param("type", result.type().name())
					.param("outcome", result.outcome().name()).param("key", result.reasonKey())
					.param("args", result.args().toArray(String[]::new)).param("now", Timestamp.from(now)).update();
		}
		jdbc.sql("update bilan_request set rule_verdict = :verdict where bilan_id = :bilan")
				.param("verdict", RuleOutcome.overall(results).name()).param("bilan", bilanId).update();
	}

	List<RuleResult> of(UUID bilanId) {
		return jdbc.sql("""
				select rule_type, outcome, reason_key, reason_args from request_rule_result
				where bilan_id = :bilan order by position""")
				.param("bilan", bilanId)
				.query((rs, row) -> new RuleResult(RuleType.valueOf(rs.getString("rule_type")),
						RuleOutcome.valueOf(rs.getString("outcome")), rs.getString("reason_key"),
						Arrays.asList((String[]) rs.getArray("reason_args").getArray())))
				.list();
	}
}
