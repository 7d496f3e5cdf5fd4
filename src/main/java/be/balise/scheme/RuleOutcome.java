package be.balise.scheme;

/** The result of one rule on one request; TO_CHECK asks the fund officer to look (a document, say). */
public enum RuleOutcome {
	MET, NOT_MET, TO_CHECK;

	/** The whole request's verdict: refused by any rule not met, else to check if any, else met. */
	public static RuleOutcome overall(Iterable<RuleResult> results) {
		RuleOutcome verdict = MET;
		for (RuleResult result : results) {
			if (result.outcome() == NOT_MET) {
				return NOT_MET;
			}
			if (result.outcome() == TO_CHECK) {
				verdict = TO_CHECK;
			}
		}
		return verdict;
	}
}
