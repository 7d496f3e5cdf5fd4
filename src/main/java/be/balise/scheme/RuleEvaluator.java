package be.balise.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** Checks a request's facts against the eligibility rules of a scheme version; frame rules are skipped. */
public final class RuleEvaluator {

	private RuleEvaluator() {
	}

	public static List<RuleResult> evaluate(List<SchemeRule> rules, EligibilityFacts facts) {
		List<RuleResult> results = new ArrayList<>();
		for (SchemeRule rule : rules) {
			if (rule.type().eligibility()) {
				results.add(evaluate(rule, facts));
			}
		}
		return results;
	}

	static RuleResult evaluate(SchemeRule rule, EligibilityFacts facts) {
		JsonNode p = rule.params();
		return switch (rule.type()) {
			case JOINT_COMMITTEES -> jointCommittee(p, facts.jointCommittee());
			case STATUSES -> status(p, facts.workStatus());
			case MIN_EXPERIENCE_YEARS -> experience(p, facts.experienceYears());
			case RESIDENCE_REGIONS -> region(p, facts.region());
			case MIN_YEARS_SINCE_LAST -> sinceLast(p, facts);
			case HOUR_BUDGET -> hourBudget(p, facts);
			case EXPECTED_DURATION, FUND_PAYS -> throw new IllegalArgumentException(rule.type() + " is not an eligibility rule");
		};
	}

	private static RuleResult jointCommittee(JsonNode p, String committee) {
		List<String> allowed = strings(p.path("committees"));
		if (committee == null || committee.isBlank()) {
			return RuleResult.of(RuleType.JOINT_COMMITTEES, RuleOutcome.TO_CHECK, "jointCommittee.missing");
		}
		boolean covered = allowed.stream().anyMatch(c -> committee.equals(c) || committee.startsWith(c + "."));
		return covered
				? RuleResult.of(RuleType.JOINT_COMMITTEES, RuleOutcome.MET, "jointCommittee.met", committee)
				: RuleResult.of(RuleType.JOINT_COMMITTEES, RuleOutcome.NOT_MET, "jointCommittee.notMet", committee,
						String.join(", ", allowed));
	}

	private static RuleResult status(JsonNode p, String status) {
		return strings(p.path("statuses")).contains(status)
				? RuleResult.of(RuleType.STATUSES, RuleOutcome.MET, "status.met")
				: RuleResult.of(RuleType.STATUSES, RuleOutcome.NOT_MET, "status.notMet");
	}

	private static RuleResult experience(JsonNode p, Integer years) {
		int minimum = p.path("years").asInt();
		if (years == null) {
			return RuleResult.of(RuleType.MIN_EXPERIENCE_YEARS, RuleOutcome.TO_CHECK, "experience.missing", minimum);
		}
		return years >= minimum
				? RuleResult.of(RuleType.MIN_EXPERIENCE_YEARS, RuleOutcome.MET, "experience.met", years, minimum)
				: RuleResult.of(RuleType.MIN_EXPERIENCE_YEARS, RuleOutcome.NOT_MET, "experience.notMet", years, minimum);
	}

	private static RuleResult region(JsonNode p, ResidenceRegion region) {
		if (region == null) {
			return RuleResult.of(RuleType.RESIDENCE_REGIONS, RuleOutcome.TO_CHECK, "region.missing");
		}
		return strings(p.path("regions")).contains(region.name())
				? RuleResult.of(RuleType.RESIDENCE_REGIONS, RuleOutcome.MET, "region.met")
				: RuleResult.of(RuleType.RESIDENCE_REGIONS, RuleOutcome.NOT_MET, "region.notMet");
	}

	private static RuleResult sinceLast(JsonNode p, EligibilityFacts facts) {
		int minimum = p.path("years").asInt();
		Optional<LocalDate> last = facts.history().stream().map(EligibilityFacts.PastBilan::startedOn)
				.max(Comparator.naturalOrder());
		if (last.isEmpty()) {
			return RuleResult.of(RuleType.MIN_YEARS_SINCE_LAST, RuleOutcome.MET, "sinceLast.none");
		}
		int years = Period.between(last.get(), facts.today()).getYears();
		return years >= minimum
				? RuleResult.of(RuleType.MIN_YEARS_SINCE_LAST, RuleOutcome.MET, "sinceLast.met", years, minimum)
				: RuleResult.of(RuleType.MIN_YEARS_SINCE_LAST, RuleOutcome.NOT_MET, "sinceLast.notMet", years, minimum,
						last.get().plusYears(minimum));
	}

	/**
	 * The hours used by bilans started within the rolling period decide which part comes next. A bilan still
	 * running under the scheme blocks a new one: its hours are not known yet.
	 */
	private static RuleResult hourBudget(JsonNode p, EligibilityFacts facts) {
		int period = p.path("periodYears").asInt();
		LocalDate from = facts.today().minusYears(period);
		var inPeriod = facts.history().stream().filter(b -> b.startedOn().isAfter(from)).toList();
		if (inPeriod.stream().anyMatch(EligibilityFacts.PastBilan::ongoing)) {
			return RuleResult.of(RuleType.HOUR_BUDGET, RuleOutcome.NOT_MET, "budget.ongoing");
		}
		BigDecimal used = inPeriod.stream().map(b -> b.hoursUsed() == null ? BigDecimal.ZERO : b.hoursUsed())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal cumulative = BigDecimal.ZERO;
		int number = 0;
		for (JsonNode part : p.path("parts")) {
			number++;
			cumulative = cumulative.add(part.path("hours").decimalValue());
			if (used.compareTo(cumulative) < 0) {
				String hours = part.path("hours").decimalValue().stripTrailingZeros().toPlainString();
				String document = part.path("document").asString("");
				return document.isEmpty()
						? RuleResult.of(RuleType.HOUR_BUDGET, RuleOutcome.MET, "budget.met", number, hours)
						: RuleResult.of(RuleType.HOUR_BUDGET, RuleOutcome.TO_CHECK, "budget.document", number, hours, document);
			}
		}
		LocalDate renewal = inPeriod.stream().map(EligibilityFacts.PastBilan::startedOn).min(Comparator.naturalOrder())
				.map(d -> d.plusYears(period)).orElse(facts.today());
		return RuleResult.of(RuleType.HOUR_BUDGET, RuleOutcome.NOT_MET, "budget.spent",
				used.stripTrailingZeros().toPlainString(), period, renewal);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}
}
