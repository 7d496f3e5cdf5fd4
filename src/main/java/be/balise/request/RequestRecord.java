package be.balise.request;

import java.time.Instant;
import java.util.UUID;

import be.balise.scheme.RuleOutcome;

/**
 * A request as the fund and the counsellor see it: eligibility data only, never the reasons. {@code ruleVerdict}
 * sums up the rules' results (null for a request made before the rules were evaluated).
 */
public record RequestRecord(UUID bilanId, UUID workerId, UUID schemeId, String jointCommittee, String companyNumber,
		String workStatus, boolean workingHours, boolean employerAgreed, String language, String region, String modality,
		Instant submittedAt, Decision decision, Instant decidedAt, String decisionNote, Integer experienceYears,
		String residenceRegion, RuleOutcome ruleVerdict) {

	public enum Decision { PENDING, ACCEPTED, REFUSED, INFORMATION_REQUESTED }
}
