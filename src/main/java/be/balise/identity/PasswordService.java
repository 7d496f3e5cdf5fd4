package be.balise.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten and changed passwords. A reset asked for an unknown or disabled address sends nothing and
 * answers the same; a new password ends the account's other sessions.
 */
@Service
class PasswordService {

	private final Accounts accounts;
	private final AccountTokens tokens;
	private final AccountMails mails;
	private final AccountSessions sessions;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	PasswordService(Accounts accounts, AccountTokens tokens, AccountMails mails, AccountSessions sessions,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public void requestReset(EmailAddress email) {
		accounts.findByEmail(email.value()).filter(CurrentUser::isEnabled).ifPresent(account -> {
			String token = tokens.issue(AccountTokens.Purpose.PASSWORD_RESET, account.id(), null, clock.instant());
			mails.resetPassword(account.email(), account.displayName(), account.locale(), token);
		});
	}

	/** The account a reset link is for, while the link is good; looking changes nothing. */
	public Optional<CurrentUser> resetTarget(String token) {
		return tokens.find(AccountTokens.Purpose.PASSWORD_RESET, token, clock.instant())
				.flatMap(link -> accounts.findById(link.accountId()));
	}

	/**
	 * Sets the new password through the link, once. The link proves the address, so it also confirms it;
	 * every session of the account ends, since someone else may have known the old password.
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		return tokens.consume(AccountTokens.Purpose.PASSWORD_RESET, token, clock.instant())
				.flatMap(link -> accounts.findById(link.accountId()))
				.map(account -> {
					accounts.updatePasswordHash(account.id(), passwordEncoder.encode(newPassword));
					accounts.confirmEmail(account.id());
					sessions.endAll(account.getUsername());
					return true;
				})
				.orElse(false);
	}

	public boolean matchesCurrent(AccountId id, String password) {
		return accounts.findById(id)
				.map(account -> passwordEncoder.matches(password == null ? "" : password, account.getPassword()))
				.orElse(false);
	}

	/** Changes the password of a signed-in person and ends their other sessions. */
	@Transactional
	public void change(CurrentUser user, String newPassword, String currentSessionId) {
		accounts.updatePasswordHash(user.id(), passwordEncoder.encode(newPassword));
		sessions.endAllBut(user.getUsername(), currentSessionId);
	}
}
