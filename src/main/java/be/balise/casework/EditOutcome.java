package be.balise.casework;

/**
 * What became of an edit made from a version of a text: saved, or refused because someone saved in between, in
 * which case the page shows the text as it now stands beside the text this person typed (SECURITY.md R1).
 */
public sealed interface EditOutcome {

	record Saved() implements EditOutcome {
	}

	/** {@code current} is the text as saved by the other person; {@code yours} is what this person sent. */
	record Conflict(String current, long currentVersion, String yours) implements EditOutcome {
	}
}
