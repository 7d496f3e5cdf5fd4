package be.balise.casework;

import java.util.List;

/**
 * What became of an edit made from a version of a text: saved, or refused because someone saved in between, in
 * which case the page shows the text as it now stands beside the text this person typed (SECURITY.md R1).
 */
public sealed interface EditOutcome {

	record Saved() implements EditOutcome {
	}

	/** For each field, the text saved by the other person and the text this person sent. */
	record Conflict(List<Field> fields, long currentVersion) implements EditOutcome {
	}

	/** One field of the conflict; {@code name} is the form field's name. */
	record Field(String name, String current, String yours) {
	}
}
