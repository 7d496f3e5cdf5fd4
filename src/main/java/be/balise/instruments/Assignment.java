package be.balise.instruments;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One instrument assigned in a bilan, decrypted for a reader who passed the access check: the answers so far
 * (item id to point) and the written ones (item id to text), the counsellor's shared reading and the worker's comment; {@code enteredTogether} when the
 * counsellor entered answers with the worker during a session.
 */
public record Assignment(UUID id, UUID bilanId, String instrument, int instrumentVersion, Instant assignedAt,
		Instant submittedAt, Map<String, Integer> answers, String sharedReading, String workerComment, boolean enteredTogether,
		Map<String, String> textAnswers) {

	/** How many items have an answer, on the scale or in words. */
	public int answeredCount() {
		return answers.size() + (int) textAnswers.values().stream().filter(text -> !text.isBlank()).count();
	}

	public boolean answered(String itemId) {
		return answers.containsKey(itemId) || !textAnswers.getOrDefault(itemId, "").isBlank();
	}

	public boolean submitted() {
		return submittedAt != null;
	}
}
