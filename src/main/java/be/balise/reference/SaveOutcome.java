package be.balise.reference;

/**
 * What became of a save made from a version: a new version, or a refusal because someone saved another version in
 * between (the page then shows that version beside the text this person typed, which is kept).
 */
public sealed interface SaveOutcome {

	record Saved(int version) implements SaveOutcome {
	}

	record Conflict(int currentVersion) implements SaveOutcome {
	}
}
