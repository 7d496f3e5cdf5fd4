package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import be.balise.scheme.EligibilityFacts.PastBilan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each rule type on its own, with a request that meets it and one that does not. */
class RuleEvaluatorTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static SchemeRule rule(RuleType type, String params) {
		return new SchemeRule(type, JSON.readTree(params));
	}

	static EligibilityFacts facts(String committee, String status, Integer years, ResidenceRegion region,
			PastBilan... history) {
		return new EligibilityFacts(committee, status, years, region, TODAY, List.of(history));
	}

	static EligibilityFacts worker(PastBilan... history) {
		return facts("319.02", "FULL_TIME", 10, ResidenceRegion.BRUSSELS, history);
	}

	static RuleOutcome outcome(SchemeRule rule, EligibilityFacts facts) {
		return RuleEvaluator.evaluate(rule, facts).outcome();
	}

	@Test
	void aJointCommitteeCoversItsSubCommitteesButNotItsNeighbours() {
		var rule = rule(RuleType.JOINT_COMMITTEES, "{\"committees\": [\"319\", \"330\"]}");
		assertThat(outcome(rule, facts("319.02", "FULL_TIME", 1, null))).isEqualTo(RuleOutcome.MET);
		assertThat(outcome(rule, facts("330", "FULL_TIME", 1, null))).isEqualTo(RuleOutcome.MET);
		var refused = RuleEvaluator.evaluate(rule, facts("3190", "FULL_TIME", 1, null));
		assertThat(refused.outcome()).isEqualTo(RuleOutcome.NOT_MET);
		assertThat(refused.args()).containsExactly("3190", "319, 330");
		assertThat(outcome(rule, facts("200", "FULL_TIME", 1, null))).isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void aStatusOutsideTheListIsRefused() {
		var rule = rule(RuleType.STATUSES, "{\"statuses\": [\"FULL_TIME\", \"PART_TIME\"]}");
		assertThat(outcome(rule, facts("319", "PART_TIME", 1, null))).isEqualTo(RuleOutcome.MET);
		assertThat(outcome(rule, facts("319", "NOTICE_PERIOD", 1, null))).isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void experienceBelowTheMinimumIsRefusedAndAMissingFigureIsToCheck() {
		var rule = rule(RuleType.MIN_EXPERIENCE_YEARS, "{\"years\": 7}");
		assertThat(outcome(rule, facts("319", "FULL_TIME", 7, null))).isEqualTo(RuleOutcome.MET);
		assertThat(outcome(rule, facts("319", "FULL_TIME", 6, null))).isEqualTo(RuleOutcome.NOT_MET);
		assertThat(outcome(rule, facts("319", "FULL_TIME", null, null))).isEqualTo(RuleOutcome.TO_CHECK);
	}

	@Test
	void aRegionOutsideTheListIsRefused() {
		var rule = rule(RuleType.RESIDENCE_REGIONS, "{\"regions\": [\"FLANDERS\"]}");
		assertThat(outcome(rule, facts("319", "FULL_TIME", 1, ResidenceRegion.FLANDERS))).isEqualTo(RuleOutcome.MET);
		assertThat(outcome(rule, facts("319", "FULL_TIME", 1, ResidenceRegion.WALLONIA))).isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void aBilanStartedTooRecentlyUnderTheSchemeIsRefusedWithTheDateItBecomesPossible() {
		var rule = rule(RuleType.MIN_YEARS_SINCE_LAST, "{\"years\": 5}");
		assertThat(outcome(rule, worker())).isEqualTo(RuleOutcome.MET);
		assertThat(outcome(rule, worker(new PastBilan(TODAY.minusYears(5), TODAY.minusYears(4), BigDecimal.TEN))))
				.isEqualTo(RuleOutcome.MET);
		var refused = RuleEvaluator.evaluate(rule, worker(new PastBilan(TODAY.minusYears(3), TODAY.minusYears(2), BigDecimal.TEN)));
		assertThat(refused.outcome()).isEqualTo(RuleOutcome.NOT_MET);
		assertThat(refused.args()).containsExactly("3", "5", TODAY.plusYears(2).toString());
	}

	@Test
	void anHourBudgetGivesTheNextPartUntilItIsSpentInTheRollingPeriod() {
		var rule = rule(RuleType.HOUR_BUDGET, "{\"periodYears\": 6, \"parts\": [{\"hours\": 4}, {\"hours\": 3}]}");
		var first = RuleEvaluator.evaluate(rule, worker());
		assertThat(first.outcome()).isEqualTo(RuleOutcome.MET);
		assertThat(first.args()).containsExactly("1", "4");
		var second = RuleEvaluator.evaluate(rule, worker(new PastBilan(TODAY.minusYears(1), TODAY.minusMonths(10), new BigDecimal("4"))));
		assertThat(second.args()).containsExactly("2", "3");
		assertThat(outcome(rule, worker(new PastBilan(TODAY.minusYears(2), TODAY.minusYears(2), new BigDecimal("7")))))
				.isEqualTo(RuleOutcome.NOT_MET);
		assertThat(outcome(rule, worker(new PastBilan(TODAY.minusYears(7), TODAY.minusYears(7), new BigDecimal("7")))))
				.isEqualTo(RuleOutcome.MET);
	}

	@Test
	void aBudgetPartThatNeedsADocumentIsLeftToTheFundToCheck() {
		var rule = rule(RuleType.HOUR_BUDGET, "{\"periodYears\": 6, \"parts\": [{\"hours\": 4, \"document\": \"POP\"}]}");
		var result = RuleEvaluator.evaluate(rule, worker());
		assertThat(result.outcome()).isEqualTo(RuleOutcome.TO_CHECK);
		assertThat(result.args()).containsExactly("1", "4", "POP");
	}

	@Test
	void aBilanStillRunningUnderTheSchemeBlocksTheBudget() {
		var rule = rule(RuleType.HOUR_BUDGET, "{\"periodYears\": 6, \"parts\": [{\"hours\": 4}, {\"hours\": 3}]}");
		assertThat(outcome(rule, worker(new PastBilan(TODAY.minusMonths(2), null, null)))).isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void frameRulesAreNotEvaluatedAndTheVerdictFollowsTheWorstRule() {
		var rules = List.of(rule(RuleType.FUND_PAYS, "{\"basis\": \"PER_HOUR\", \"amountEur\": 50}"),
				rule(RuleType.EXPECTED_DURATION, "{\"months\": 3}"),
				rule(RuleType.MIN_EXPERIENCE_YEARS, "{\"years\": 7}"),
				rule(RuleType.HOUR_BUDGET, "{\"periodYears\": 6, \"parts\": [{\"hours\": 4, \"document\": \"POP\"}]}"));
		var accepted = RuleEvaluator.evaluate(rules, worker());
		assertThat(accepted).extracting(RuleResult::type).containsExactly(RuleType.MIN_EXPERIENCE_YEARS, RuleType.HOUR_BUDGET);
		assertThat(RuleOutcome.overall(accepted)).isEqualTo(RuleOutcome.TO_CHECK);
		var refused = RuleEvaluator.evaluate(rules, facts("319", "FULL_TIME", 5, ResidenceRegion.FLANDERS));
		assertThat(RuleOutcome.overall(refused)).isEqualTo(RuleOutcome.NOT_MET);
	}
}
