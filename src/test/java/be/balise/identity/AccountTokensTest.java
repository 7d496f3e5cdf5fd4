package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import be.balise.identity.AccountTokens.Purpose;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-written queries of {@link AccountTokens}, on PostgreSQL: expiry, single use, one live link per purpose. */
@FullStackTest
class AccountTokensTest {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired AccountTokens tokens;
	@Autowired Accounts accounts;

	@Test
	void aLinkWorksUntilItExpiresAndNotAfter() {
		AccountId account = newAccount();
		String token = tokens.issue(Purpose.PASSWORD_RESET, account, null, NOW);

		assertThat(tokens.find(Purpose.PASSWORD_RESET, token, NOW.plus(Duration.ofMinutes(59)))).isPresent();
		assertThat(tokens.find(Purpose.PASSWORD_RESET, token, NOW.plus(Duration.ofMinutes(61)))).isEmpty();
		assertThat(tokens.consume(Purpose.PASSWORD_RESET, token, NOW.plus(Duration.ofMinutes(61)))).isEmpty();
		assertThat(tokens.consume(Purpose.PASSWORD_RESET, token, NOW.plus(Duration.ofMinutes(59))))
				.contains(new AccountTokens.Link(account, null));
	}

	@Test
	void eachPurposeKeepsItsOwnValidity() {
		AccountId account = newAccount();
		String signUp = tokens.issue(Purpose.SIGN_UP, account, null, NOW);
		String emailChange = tokens.issue(Purpose.EMAIL_CHANGE, account, "new@test.balise.be", NOW);

		assertThat(tokens.find(Purpose.SIGN_UP, signUp, NOW.plus(Duration.ofHours(47)))).isPresent();
		assertThat(tokens.find(Purpose.SIGN_UP, signUp, NOW.plus(Duration.ofHours(49)))).isEmpty();
		assertThat(tokens.find(Purpose.EMAIL_CHANGE, emailChange, NOW.plus(Duration.ofHours(23))))
				.contains(new AccountTokens.Link(account, "new@test.balise.be"));
		assertThat(tokens.find(Purpose.EMAIL_CHANGE, emailChange, NOW.plus(Duration.ofHours(25)))).isEmpty();
	}

	@Test
	void aLinkIsUsedOnceAndOnlyForItsPurpose() {
		AccountId account = newAccount();
		String token = tokens.issue(Purpose.SIGN_UP, account, null, NOW);

		assertThat(tokens.consume(Purpose.PASSWORD_RESET, token, NOW)).isEmpty();
		assertThat(tokens.consume(Purpose.SIGN_UP, token, NOW)).isPresent();
		assertThat(tokens.consume(Purpose.SIGN_UP, token, NOW)).isEmpty();
		assertThat(tokens.find(Purpose.SIGN_UP, token, NOW)).isEmpty();
	}

	@Test
	void aNewLinkVoidsTheEarlierOnesOfTheSamePurposeOnly() {
		AccountId account = newAccount();
		String reset = tokens.issue(Purpose.PASSWORD_RESET, account, null, NOW);
		String signUp = tokens.issue(Purpose.SIGN_UP, account, null, NOW);
		String newerReset = tokens.issue(Purpose.PASSWORD_RESET, account, null, NOW);

		assertThat(tokens.find(Purpose.PASSWORD_RESET, reset, NOW)).isEmpty();
		assertThat(tokens.find(Purpose.PASSWORD_RESET, newerReset, NOW)).isPresent();
		assertThat(tokens.find(Purpose.SIGN_UP, signUp, NOW)).isPresent();
	}

	@Test
	void emptyOrUnknownTokensFindNothing() {
		assertThat(tokens.find(Purpose.SIGN_UP, null, NOW)).isEmpty();
		assertThat(tokens.find(Purpose.SIGN_UP, " ", NOW)).isEmpty();
		assertThat(tokens.consume(Purpose.SIGN_UP, Tokens.newToken(), NOW)).isEmpty();
	}

	private AccountId newAccount() {
		AccountId id = AccountId.random();
		accounts.insert(id, IdentityTestData.uniqueEmail("tokens"), "Tokens", "{bcrypt}unused", Locale.FRENCH, false);
		return id;
	}
}
