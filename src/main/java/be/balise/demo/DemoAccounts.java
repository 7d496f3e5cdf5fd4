package be.balise.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.Role;
import be.balise.organisation.Organisations;
import be.balise.scheme.Schemes;

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

	/** Creates the accounts, the fund with the example schemes, the two operators and their staff. */
	static DemoOrganisations create(AccountService accounts, Organisations organisations, Schemes schemes) {
		String hash = accounts.hash(PASSWORD);
		accounts.createWithHash(WORKER, "Amélie Dufour", hash, Locale.FRENCH, Set.of(Role.WORKER));
		AccountId counsellor = accounts.createWithHash(COUNSELLOR, "Nadia Lemaire", hash, Locale.FRENCH, Set.of(Role.COUNSELLOR));
		AccountId counsellor2 = accounts.createWithHash(COUNSELLOR_2, "Thomas Verhoeven", hash, Locale.FRENCH,
				Set.of(Role.COUNSELLOR));
		AccountId operator = accounts.createWithHash(OPERATOR, "Sophie Renard", hash, Locale.FRENCH, Set.of(Role.OPERATOR_ADMIN));
		AccountId operator2 = accounts.createWithHash(OPERATOR_2, "Marc Dubois", hash, Locale.FRENCH, Set.of(Role.OPERATOR_ADMIN));
		AccountId fund = accounts.createWithHash(FUND, "Claire Martin", hash, Locale.FRENCH, Set.of(Role.FUND_OFFICER));
		accounts.createWithHash(ADMIN, "Jean Administrateur", hash, Locale.FRENCH, Set.of(Role.PLATFORM_ADMIN));
		// The third counsellor has no demo login: an unusable password hash.
		AccountId counsellor3 = accounts.createWithHash("lucie.janssens@horizons.demo.balise.be", "Lucie Janssens",
				accounts.hash(java.util.UUID.randomUUID().toString()), Locale.FRENCH, Set.of(Role.COUNSELLOR));

		var fundId = organisations.createFund("Fonds social APEF / FE.BI (démo)", "APEF-FEBI");
		organisations.addFundOfficer(fundId, fund);
		schemes.adoptExamples(fundId.value());
		var first = organisations.createOperator("Cap Avenir Bruxelles", List.of("Bruxelles", "Brabant wallon"),
				List.of("fr", "nl"), List.of("IN_PERSON", "REMOTE"), 40, "contact@capavenir.demo.balise.be", "+32 2 555 01 01");
		var second = organisations.createOperator("Horizons Wallonie", List.of("Liège", "Namur", "Hainaut"),
				List.of("fr"), List.of("IN_PERSON"), 25, "accueil@horizons.demo.balise.be", "+32 4 555 02 02");
		organisations.addOperatorAdmin(first, operator);
		organisations.addOperatorAdmin(second, operator2);
		organisations.addCounsellor(first, counsellor, 15, List.of("fr", "nl"));
		organisations.addCounsellor(first, counsellor2, 12, List.of("fr", "nl", "en"));
		organisations.addCounsellor(second, counsellor3, 10, List.of("fr"));
		return new DemoOrganisations(fundId, first, second, counsellor, counsellor2, counsellor3);
	}
}
