package be.balise.identity;

/** The five roles of Balise; one person may hold several. */
public enum Role {

	WORKER("/worker"),
	COUNSELLOR("/counsellor"),
	OPERATOR_ADMIN("/operator"),
	FUND_OFFICER("/fund"),
	PLATFORM_ADMIN("/admin");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	/** Where a person holding this role lands after signing in. */
	public String homePath() {
		return homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name in the user's language. */
	public String messageKey() {
		return "identity.role." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
