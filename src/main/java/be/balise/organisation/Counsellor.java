package be.balise.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import be.balise.identity.AccountId;

/**
 * A counsellor of an operator: {@code active} is their membership (the operator admin can pause it),
 * {@code accountEnabled} their account; {@code capacity} is how many open bilans they can conduct at once.
 */
public record Counsellor(AccountId accountId, OperatorId operatorId, String displayName, String email, boolean active,
		boolean accountEnabled, int capacity, Set<Language> languages) {

	public Counsellor {
		languages = Set.copyOf(languages);
	}

	/** Whether new bilans may be assigned to them. */
	public boolean available() {
		return active && accountEnabled;
	}

	public List<Language> sortedLanguages() {
		return Arrays.stream(Language.values()).filter(languages::contains).toList();
	}
}
