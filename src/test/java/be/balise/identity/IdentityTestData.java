package be.balise.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Accounts with addresses of their own, so that tests sharing one database never meet. */
final class IdentityTestData {

	static final String PASSWORD = "a calm river at dawn";
	/** Hashing once keeps the suite fast: Argon2 with OWASP's parameters takes tens of milliseconds. */
	private static String passwordHash;

	private IdentityTestData() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.balise.be";
	}

	static synchronized CurrentUser account(AccountService accounts, String prefix, Role... roles) {
		if (passwordHash == null) {
			passwordHash = accounts.hash(PASSWORD);
		}
		String email = uniqueEmail(prefix);
		AccountId id = accounts.createWithHash(email, "Test " + prefix, passwordHash, Locale.FRENCH, Set.of(roles));
		return accounts.findById(id).orElseThrow();
	}
}
