package be.balise.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules look at: the request's eligibility data and the worker's past bilans under the same scheme
 * (from the eligibility ledger). No content, no identity.
 */
public record EligibilityFacts(String jointCommittee, String workStatus, Integer experienceYears,
		ResidenceRegion region, LocalDate today, List<PastBilan> history) {

	public EligibilityFacts {
		history = List.copyOf(history);
	}

	/** One earlier bilan under the scheme; {@code endedOn} and {@code hoursUsed} are null while it runs. */
	public record PastBilan(LocalDate startedOn, LocalDate endedOn, BigDecimal hoursUsed) {

		public boolean ongoing() {
			return endedOn == null;
		}
	}
}
