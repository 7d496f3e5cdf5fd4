package be.balise.scheme;

/** Who signs a scheme's convention. */
public enum ConventionParty {
	WORKER,
	OPERATOR,
	FUND,
	/** The employer has no account in Balise: the operator admin records the signature of the printed copy. */
	EMPLOYER;

	/** Whether the party signs in Balise with its own account (otherwise on paper). */
	public boolean signsOnline() {
		return this != EMPLOYER;
	}
}
