package be.balise.privacy;

/** What one pass of the retention job did: how many workers were told, how many bilans lost their content. */
record RetentionRun(int warned, int destroyed) {

	RetentionRun plus(RetentionRun other) {
		return new RetentionRun(warned + other.warned, destroyed + other.destroyed);
	}
}
