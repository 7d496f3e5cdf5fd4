package be.balise.scheme;

/**
 * The known kinds of scheme rule. Eligibility rules are checked against each request; frame rules describe
 * the bilan the scheme pays for (shown to the parties, never a reason to refuse). The follow-up interviews,
 * maximum hours, signing deadline and retention stay columns of the scheme row, which the journey reads.
 */
public enum RuleType {

	/** {"committees": ["319", "330.01"]}: a committee also covers its sub-committees (319 covers 319.02). */
	JOINT_COMMITTEES(true),
	/** {"statuses": ["FULL_TIME", "PART_TIME"]} */
	STATUSES(true),
	/** {"years": 7} */
	MIN_EXPERIENCE_YEARS(true),
	/** {"regions": ["FLANDERS", "BRUSSELS"]} */
	RESIDENCE_REGIONS(true),
	/** {"years": 5}: since the start of the worker's last bilan under this scheme. */
	MIN_YEARS_SINCE_LAST(true),
	/** {"periodYears": 6, "parts": [{"hours": 4, "document": "POP"}, {"hours": 3}]}: a rolling budget. */
	HOUR_BUDGET(true),
	/** {"months": 6} */
	EXPECTED_DURATION(false),
	/** {"basis": "PER_HOUR" | "PER_BILAN", "amountEur": 90.00} */
	FUND_PAYS(false);

	private final boolean eligibility;

	RuleType(boolean eligibility) {
		this.eligibility = eligibility;
	}

	public boolean eligibility() {
		return eligibility;
	}
}
