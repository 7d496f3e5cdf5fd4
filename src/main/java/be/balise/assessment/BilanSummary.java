package be.balise.assessment;

import java.time.Instant;
import java.util.UUID;

/** What other modules and pages may know of a bilan once the access policy let them open it: administration only. */
public record BilanSummary(BilanId id, UUID workerId, UUID schemeId, BilanState state, BilanState suspendedFrom,
		UUID operatorId, UUID counsellorId, UUID proposedCounsellorId, int followUpInterviews, Instant createdAt,
		Instant updatedAt, Instant finalAt, long version) {

	static BilanSummary of(Bilan bilan, Instant updatedAt) {
		return new BilanSummary(bilan.id(), bilan.workerId(), bilan.schemeId(), bilan.state(), bilan.suspendedFrom(),
				bilan.operatorId(), bilan.counsellorId(), bilan.proposedCounsellorId(), bilan.followUpInterviews(),
				bilan.createdAt(), updatedAt, bilan.finalAt(), bilan.version());
	}
}
