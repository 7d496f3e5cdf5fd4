package be.balise.demo;

import java.util.Locale;
import java.util.Set;

import be.balise.identity.AccountService;
import be.balise.identity.Role;

/** The demo accounts named in the README; all share the password {@value #PASSWORD}. */
final class DemoAccounts {

	static final String PASSWORD = "balise-demo-2026";

	static final String WORKER = "worker@demo.balise.be";
	static final String COUNSELLOR = "counsellor@demo.balise.be";
	static final String COUNSELLOR_2 = "counsellor2@demo.balise.be";
	static final String OPERATOR = "operator@demo.balise.be";
	static final String OPERATOR_2 = "operator2@demo.balise.be";
	static final String FUND = "fund@demo.balise.be";
	static final String ADMIN = "admin@demo.balise.be";

	private DemoAccounts() {
	}

	static void create(AccountService accounts) {
		String hash = accounts.hash(PASSWORD);
		accounts.createWithHash(WORKER, "Amélie Dufour", hash, Locale.FRENCH, Set.of(Role.WORKER));
		accounts.createWithHash(COUNSELLOR, "Nadia Lemaire", hash, Locale.FRENCH, Set.of(Role.COUNSELLOR));
		accounts.createWithHash(COUNSELLOR_2, "Thomas Verhoeven", hash, Locale.FRENCH, Set.of(Role.COUNSELLOR));
		accounts.createWithHash(OPERATOR, "Sophie Renard", hash, Locale.FRENCH, Set.of(Role.OPERATOR_ADMIN));
		accounts.createWithHash(OPERATOR_2, "Marc Dubois", hash, Locale.FRENCH, Set.of(Role.OPERATOR_ADMIN));
		accounts.createWithHash(FUND, "Claire Martin", hash, Locale.FRENCH, Set.of(Role.FUND_OFFICER));
		accounts.createWithHash(ADMIN, "Jean Administrateur", hash, Locale.FRENCH, Set.of(Role.PLATFORM_ADMIN));
	}
}
