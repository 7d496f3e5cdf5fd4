package be.balise.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * One follow-up interview as its two people see it: its number (1 or 2), the agreed date, the key moment of the
 * worker's change it is set around (a line), the worker's self-assessment and the counsellor's record, if any.
 */
public record Interview(UUID id, UUID bilanId, int number, Instant plannedAt, Instant agreedAt, Instant heldAt, String moment,
		String record, SelfAssessment selfAssessment) {

	/** The worker's self-assessment: where the project stands, what they learnt, obstacles, what they still need. */
	public record SelfAssessment(String progress, String learnt, String obstacles, String needs, Instant updatedAt) {
	}

	public boolean agreed() {
		return agreedAt != null;
	}

	public boolean held() {
		return heldAt != null;
	}
}
