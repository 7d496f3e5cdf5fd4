package be.balise.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One saved version of a synthesis: the text of each section and the action plan as it stood, who saved it and when,
 * and the two validations. A revision is never changed once saved; when both validated it, it is the final synthesis
 * until a later revision is validated in turn.
 */
public record Revision(int number, Map<Section, String> sections, List<SnapshotAction> actions, UUID authorId, Instant savedAt,
		Instant counsellorValidatedAt, Instant workerValidatedAt) {

	public String section(Section section) {
		return sections.getOrDefault(section, "");
	}

	public boolean validated() {
		return counsellorValidatedAt != null && workerValidatedAt != null;
	}

	/** An action of the plan as this revision holds it. */
	public record SnapshotAction(UUID id, int priority, String project, String description, String firstStep, String targetDate,
			String resources, String contacts) {
	}
}
