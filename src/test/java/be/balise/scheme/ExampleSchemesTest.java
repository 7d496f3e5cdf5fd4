package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.balise.scheme.EligibilityFacts.PastBilan;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The three example schemes as shipped by the migration, read from PostgreSQL, on concrete requests. */
@FullStackTest
class ExampleSchemesTest {

	static final SchemeId APEF_FEBI = new SchemeId(UUID.fromString("6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e01"));
	static final SchemeId FRANCE = new SchemeId(UUID.fromString("6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e02"));
	static final SchemeId FLANDERS = new SchemeId(UUID.fromString("6f1d2a8e-0a51-4c39-9d55-1a2b3c4d5e03"));
	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Autowired SchemeRules rules;
	@Autowired Schemes schemes;

	RuleOutcome verdict(SchemeId scheme, String committee, String status, int years, ResidenceRegion region,
			PastBilan... history) {
		var facts = new EligibilityFacts(committee, status, years, region, TODAY, List.of(history));
		return RuleOutcome.overall(RuleEvaluator.evaluate(rules.of(scheme), facts));
	}

	@Test
	void theFlemishCareerChequeAsksSevenYearsOfWorkAndAPersonalDevelopmentPlan() {
		assertThat(verdict(FLANDERS, "200", "FULL_TIME", 7, ResidenceRegion.FLANDERS)).isEqualTo(RuleOutcome.TO_CHECK);
		assertThat(verdict(FLANDERS, "200", "FULL_TIME", 5, ResidenceRegion.FLANDERS)).isEqualTo(RuleOutcome.NOT_MET);
		assertThat(verdict(FLANDERS, "200", "FULL_TIME", 12, ResidenceRegion.WALLONIA)).isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void theFlemishCareerChequeRefusesAWorkerWhoseChequesOfThreeYearsAgoUsedTheSevenHours() {
		var threeYearsAgo = new PastBilan(TODAY.minusYears(3), TODAY.minusYears(3).plusMonths(2), new BigDecimal("7"));
		assertThat(verdict(FLANDERS, "200", "FULL_TIME", 12, ResidenceRegion.FLANDERS, threeYearsAgo))
				.isEqualTo(RuleOutcome.NOT_MET);
		var firstChequeOnly = new PastBilan(TODAY.minusYears(3), TODAY.minusYears(3).plusMonths(1), new BigDecimal("4"));
		var second = RuleEvaluator.evaluate(rules.of(FLANDERS),
				new EligibilityFacts("200", "FULL_TIME", 12, ResidenceRegion.FLANDERS, TODAY, List.of(firstChequeOnly)));
		assertThat(second).filteredOn(r -> r.type() == RuleType.HOUR_BUDGET).singleElement()
				.satisfies(r -> assertThat(r.args()).containsExactly("2", "3", "POP"));
		var sevenYearsAgo = new PastBilan(TODAY.minusYears(7), TODAY.minusYears(7).plusMonths(2), new BigDecimal("7"));
		assertThat(verdict(FLANDERS, "200", "FULL_TIME", 12, ResidenceRegion.FLANDERS, sevenYearsAgo))
				.isEqualTo(RuleOutcome.TO_CHECK);
	}

	@Test
	void theApefFebiExampleTakesItsSectorsAndRefusesOthersOrARecentBilan() {
		assertThat(verdict(APEF_FEBI, "319.02", "PART_TIME", 2, ResidenceRegion.WALLONIA)).isEqualTo(RuleOutcome.MET);
		assertThat(verdict(APEF_FEBI, "200", "PART_TIME", 2, ResidenceRegion.WALLONIA)).isEqualTo(RuleOutcome.NOT_MET);
		var twoYearsAgo = new PastBilan(TODAY.minusYears(2), TODAY.minusYears(2).plusMonths(5), new BigDecimal("20"));
		assertThat(verdict(APEF_FEBI, "319.02", "PART_TIME", 2, ResidenceRegion.WALLONIA, twoYearsAgo))
				.isEqualTo(RuleOutcome.NOT_MET);
	}

	@Test
	void theFrenchSchemeIsForWorkersInFranceWithTwentyFourHoursAndTenDaysToSign() {
		assertThat(verdict(FRANCE, "000", "FULL_TIME", 0, ResidenceRegion.FRANCE)).isEqualTo(RuleOutcome.MET);
		assertThat(verdict(FRANCE, "000", "FULL_TIME", 0, ResidenceRegion.BRUSSELS)).isEqualTo(RuleOutcome.NOT_MET);
		var scheme = schemes.find(FRANCE).orElseThrow();
		assertThat(scheme.maxHours()).isEqualByComparingTo("24");
		assertThat(scheme.signingDeadlineDays()).isEqualTo(10);
		assertThat(scheme.followUpInterviews()).isEqualTo(1);
	}

	@Test
	void eachExampleNamesThePartiesOfItsConventionAndWhetherContentMayBeKeptLonger() {
		assertThat(schemes.find(FRANCE).orElseThrow()).satisfies(france -> {
			assertThat(france.conventionParties()).containsExactly(ConventionParty.WORKER, ConventionParty.OPERATOR,
					ConventionParty.EMPLOYER);
			assertThat(france.extensionMonths()).isEqualTo(12);
		});
		assertThat(schemes.find(FLANDERS).orElseThrow().conventionParties())
				.containsExactly(ConventionParty.WORKER, ConventionParty.OPERATOR);
		assertThat(schemes.find(APEF_FEBI).orElseThrow()).satisfies(apef -> {
			assertThat(apef.conventionParties()).containsExactly(ConventionParty.WORKER, ConventionParty.OPERATOR,
					ConventionParty.FUND);
			assertThat(apef.extensionMonths()).isZero();
			assertThat(apef.appraisalQuestionnaire()).isEqualTo("default");
		});
	}
}
