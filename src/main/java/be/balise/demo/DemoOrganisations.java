package be.balise.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.Role;
import be.balise.organisation.FundId;
import be.balise.organisation.Language;
import be.balise.organisation.Modality;
import be.balise.organisation.OperatorId;
import be.balise.organisation.OperatorProfile;
import be.balise.organisation.Organisations;
import be.balise.organisation.Region;

/**
 * The demo fund and its two operators, with the demo accounts in their places, and one more counsellor of
 * the second operator who has no demo login (so that the second operator's team is not empty).
 */
final class DemoOrganisations {

	static final String FUND_NAME = "Fonds social APEF / FE.BI (démo)";
	static final String FIRST_OPERATOR = "Cap Avenir Bruxelles";
	static final String SECOND_OPERATOR = "Horizons Wallonie";
	static final String COUNSELLOR_WITHOUT_LOGIN = "lucie.janssens@demo.balise.be";

	private DemoOrganisations() {
	}

	static void create(AccountService accounts, Organisations organisations) {
		FundId fund = organisations.createFund(FUND_NAME, "APEF / FE.BI");
		OperatorId first = organisations.createOperator(new OperatorProfile(FIRST_OPERATOR, Set.of(Region.BRUSSELS),
				Set.of(Language.FR, Language.NL), Set.of(Modality.IN_PERSON, Modality.REMOTE), 40,
				"contact@cap-avenir.example", "+32 2 555 01 23"));
		OperatorId second = organisations.createOperator(new OperatorProfile(SECOND_OPERATOR, Set.of(Region.WALLONIA),
				Set.of(Language.FR, Language.DE), Set.of(Modality.IN_PERSON), 25, "accueil@horizons-wallonie.example",
				"+32 81 55 02 34"));

		organisations.addFundOfficer(fund, id(accounts, DemoAccounts.FUND));
		organisations.addOperatorAdmin(first, id(accounts, DemoAccounts.OPERATOR));
		organisations.addOperatorAdmin(second, id(accounts, DemoAccounts.OPERATOR_2));
		organisations.addCounsellor(first, id(accounts, DemoAccounts.COUNSELLOR), 12, Set.of(Language.FR));
		organisations.addCounsellor(first, id(accounts, DemoAccounts.COUNSELLOR_2), 10, Set.of(Language.FR, Language.NL));
		organisations.addCounsellor(second, counsellorWithoutLogin(accounts), 8, Set.of(Language.FR, Language.DE));
	}

	private static AccountId id(AccountService accounts, String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	/** A real account whose password is a random secret nobody keeps: nobody can sign in with it. */
	private static AccountId counsellorWithoutLogin(AccountService accounts) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return accounts.findByEmail(COUNSELLOR_WITHOUT_LOGIN).map(account -> account.id())
				.orElseGet(() -> accounts.createWithHash(COUNSELLOR_WITHOUT_LOGIN, "Lucie Janssens",
						accounts.hash(Base64.getEncoder().encodeToString(secret)), Locale.FRENCH, Set.of(Role.COUNSELLOR)));
	}
}
