package be.balise.organisation;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Funds, operators and people with names of their own, so that tests sharing one database never meet. */
final class OrganisationTestData {

	static final String PASSWORD = "un organisme bien tenu";
	private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");
	private static String passwordHash;

	private OrganisationTestData() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.balise.be";
	}

	static synchronized CurrentUser person(AccountService accounts, String prefix, Role... roles) {
		if (passwordHash == null) {
			passwordHash = accounts.hash(PASSWORD);
		}
		AccountId id = accounts.createWithHash(uniqueEmail(prefix), "Test " + unique(prefix), passwordHash, Locale.FRENCH,
				Set.of(roles));
		return accounts.findById(id).orElseThrow();
	}

	static OperatorId operator(Organisations organisations, String prefix) {
		return organisations.createOperator(new OperatorProfile(unique(prefix), Set.of(Region.BRUSSELS),
				Set.of(Language.FR, Language.NL), Set.of(Modality.REMOTE), 30, "contact@operator.example", "+32 2 000 00 00"));
	}

	/** The token of the link in the latest message the outbox holds for this address. */
	static String lastTokenTo(JdbcClient jdbc, String email) {
		String body = jdbc.sql("""
				select body from outbox_message where recipient = :recipient order by queued_at desc limit 1""")
				.param("recipient", email).query(String.class).single();
		Matcher matcher = TOKEN.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No link in the last e-mail to " + email);
		}
		return matcher.group(1);
	}
}
