package be.balise.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import be.balise.scheme.EligibilityFacts;
import be.balise.scheme.ResidenceRegion;
import be.balise.scheme.RuleEvaluator;
import be.balise.scheme.RuleResult;
import be.balise.scheme.Scheme;
import be.balise.scheme.SchemeRules;
import org.springframework.stereotype.Component;

/** Evaluates a request against the rules of the scheme version it was made under, and keeps each result. */
@Component
class Eligibility {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final SchemeRules rules;
	private final EligibilityLedger ledger;
	private final RuleResults results;
	private final Clock clock;

	Eligibility(SchemeRules rules, EligibilityLedger ledger, RuleResults results, Clock clock) {
		this.rules = rules;
		this.ledger = ledger;
		this.results = results;
		this.clock = clock;
	}

	List<RuleResult> evaluate(RequestRecord request, Scheme scheme) {
		var facts = new EligibilityFacts(request.jointCommittee(), request.workStatus(), request.experienceYears(),
				request.residenceRegion() == null ? null : ResidenceRegion.valueOf(request.residenceRegion()),
				LocalDate.now(clock.withZone(BRUSSELS)), ledger.history(request.workerId(), scheme.code()));
		List<RuleResult> evaluated = RuleEvaluator.evaluate(rules.of(scheme.id()), facts);
		results.replace(request.bilanId(), evaluated, clock.instant());
		return evaluated;
	}
}
