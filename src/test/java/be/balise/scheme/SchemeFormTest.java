package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import be.balise.scheme.EligibilityFacts.PastBilan;
import org.junit.jupiter.api.Test;

/** The officer's form: what it refuses, and the rules it makes of what it accepts (each type, checked by the evaluator). */
class SchemeFormTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static SchemeForm valid() {
		SchemeForm form = new SchemeForm();
		form.setNameFr("Chèque test");
		form.setNameNl("Testcheque");
		form.setNameEn("Test cheque");
		form.setAudienceFr("Pour les personnes du secteur.");
		form.setAudienceNl("Voor mensen uit de sector.");
		form.setAudienceEn("For people of the sector.");
		return form;
	}

	@Test
	void aFormWithOnlyNamesMakesASchemeWithoutRules() {
		SchemeForm form = valid();
		assertThat(form.validate()).isEmpty();
		var draft = form.toDraft();
		assertThat(draft.rules()).isEmpty();
		assertThat(draft.parties()).containsExactly(ConventionParty.WORKER, ConventionParty.OPERATOR, ConventionParty.FUND);
		assertThat(draft.followUpInterviews()).isEqualTo(1);
		assertThat(draft.signingDeadlineDays()).isNull();
	}

	@Test
	void emptyNamesUnknownCommitteesAndNegativeNumbersAreRefusedFieldByField() {
		SchemeForm form = valid();
		form.setNameNl("  ");
		form.setJointCommittees("319, 31x, 330.01");
		form.setMinExperienceYears("-3");
		form.setExtensionMonths("13");
		form.setMaxHours("12,55");
		form.setConventionParties(List.of());
		form.setFollowUpInterviews("3");
		form.setPaysAmount("90");
		form.setBudgetHours(List.of("", "3", ""));
		var errors = form.validate();
		assertThat(errors.keySet()).containsExactlyInAnyOrder("nameNl", "jointCommittees", "minExperienceYears",
				"extensionMonths", "maxHours", "conventionParties", "followUpInterviews", "paysBasis", "budgetPeriodYears",
				"budgetHours0", "budgetHours1");
		assertThat(errors.get("nameNl").key()).isEqualTo("scheme.form.error.required");
		assertThat(errors.get("jointCommittees").key()).isEqualTo("scheme.form.error.committee");
		assertThat(errors.get("jointCommittees").args()).containsExactly("31x");
		assertThat(errors.get("minExperienceYears").key()).isEqualTo("scheme.form.error.negative");
		assertThat(errors.get("extensionMonths").args()).containsExactly(0, 12);
		assertThat(errors.get("budgetHours1").key()).isEqualTo("scheme.form.error.partGap");
	}

	@Test
	void unknownCodesSentByAForgedFormAreRefused() {
		SchemeForm form = valid();
		form.setStatuses(List.of("FULL_TIME", "ROOT"));
		form.setResidenceRegions(List.of("MARS"));
		form.setConventionParties(List.of("WORKER", "LANDLORD"));
		form.setPaysBasis("PER_DAY");
		form.setPaysAmount("10");
		assertThat(form.validate().keySet()).containsExactlyInAnyOrder("statuses", "residenceRegions",
				"conventionParties", "paysBasis");
	}

	@Test
	void everyRuleTypeTypedInTheFormIsEvaluatedAsTyped() {
		SchemeForm form = valid();
		form.setJointCommittees("319; 330.01");
		form.setStatuses(List.of("PART_TIME"));
		form.setMinExperienceYears("7");
		form.setResidenceRegions(List.of("FLANDERS", "BRUSSELS"));
		form.setMinYearsSinceLast("5");
		form.setBudgetPeriodYears("6");
		form.setBudgetHours(List.of("4", "3,5", ""));
		form.setBudgetDocuments(List.of("POP", "", ""));
		form.setDurationMonths("6");
		form.setPaysBasis("PER_HOUR");
		form.setPaysAmount("95,50");
		assertThat(form.validate()).isEmpty();
		var rules = form.toDraft().rules();
		assertThat(rules).extracting(SchemeRule::type).containsExactly(RuleType.JOINT_COMMITTEES, RuleType.STATUSES,
				RuleType.MIN_EXPERIENCE_YEARS, RuleType.RESIDENCE_REGIONS, RuleType.MIN_YEARS_SINCE_LAST,
				RuleType.HOUR_BUDGET, RuleType.EXPECTED_DURATION, RuleType.FUND_PAYS);
		assertThat(rules.get(7).params().path("amountEur").decimalValue()).isEqualByComparingTo("95.50");

		var eligible = new EligibilityFacts("319.02", "PART_TIME", 7, ResidenceRegion.BRUSSELS, TODAY, List.of());
		assertThat(RuleOutcome.overall(RuleEvaluator.evaluate(rules, eligible))).isEqualTo(RuleOutcome.TO_CHECK);
		var results = RuleEvaluator.evaluate(rules, new EligibilityFacts("200", "FULL_TIME", 6, ResidenceRegion.WALLONIA,
				TODAY, List.of(new PastBilan(TODAY.minusYears(2), TODAY.minusYears(1), new BigDecimal("7.5")))));
		assertThat(results).extracting(RuleResult::outcome).containsOnly(RuleOutcome.NOT_MET);
		assertThat(results).hasSize(6);

		// Read back into the form, the rules give the same form: an edit starts from what is stored.
		var scheme = new Scheme(new SchemeId(java.util.UUID.randomUUID()), "t", 1, null, "a", "b", "c", "d", "e", "f", 1,
				null, null, 12, false, java.util.Set.of(ConventionParty.WORKER), 0, "default");
		SchemeForm again = SchemeForm.of(scheme, rules);
		assertThat(again.getJointCommittees()).isEqualTo("319, 330.01");
		assertThat(again.budgetHours(1)).isEqualTo("3.5");
		assertThat(again.budgetDocument(0)).isEqualTo("POP");
		assertThat(again.getPaysAmount()).isEqualTo("95.5");
		assertThat(again.getMinYearsSinceLast()).isEqualTo("5");
	}
}
