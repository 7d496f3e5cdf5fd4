package be.balise.synthesis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One action of the plan: which project it serves and that project's priority (1 first), what to do, the first step,
 * a target date, resources, contacts, and its status. {@code version} guards concurrent edits.
 */
public record ActionItem(UUID id, int priority, String project, String description, String firstStep, LocalDate targetDate,
		String resources, String contacts, ActionStatus status, long version) {

	/** The texts of the action, as kept in a revision (without its status, which the worker keeps moving). */
	ActionText text() {
		return new ActionText(priority, project, description, firstStep, targetDate == null ? null : targetDate.toString(),
				resources, contacts);
	}

	/** The texts of an action, as stored (encrypted) and as snapshotted in a revision. */
	record ActionText(int priority, String project, String description, String firstStep, String targetDate, String resources,
			String contacts) {
	}
}
