package be.balise.synthesis;

import java.util.Map;

/** What became of a save of the sections: saved as a new revision (or nothing changed), or refused by a concurrent save. */
public sealed interface SaveOutcome {

	record Saved(int number) implements SaveOutcome {
	}

	record Unchanged() implements SaveOutcome {
	}

	/** Someone saved other texts since this person began: both texts, so nothing typed is lost. */
	record Conflict(Revision current, Map<Section, String> yours) implements SaveOutcome {
	}
}
