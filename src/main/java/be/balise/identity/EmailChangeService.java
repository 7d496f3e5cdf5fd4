package be.balise.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new sign-in address takes effect when its owner follows the link sent to it; the old address is then
 * told. An address that belongs to another account receives nothing, and the answer is the same.
 */
@Service
class EmailChangeService {

	private final Accounts accounts;
	private final AccountTokens tokens;
	private final AccountMails mails;
	private final AccountSessions sessions;
	private final Clock clock;

	EmailChangeService(Accounts accounts, AccountTokens tokens, AccountMails mails, AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional
	public void request(CurrentUser user, EmailAddress newEmail) {
		if (accounts.existsByEmail(newEmail.value())) {
			return;
		}
		String token = tokens.issue(AccountTokens.Purpose.EMAIL_CHANGE, user.id(), newEmail.value(), clock.instant());
		mails.confirmNewEmail(newEmail.value(), user.displayName(), user.locale(), token);
	}

	/** The new address a link would set, while the link is good; looking changes nothing. */
	public Optional<String> pendingAddress(String token) {
		return tokens.find(AccountTokens.Purpose.EMAIL_CHANGE, token, clock.instant()).map(AccountTokens.Link::newEmail);
	}

	/**
	 * Sets the new address, once. Sessions are indexed by address, so all of them end: the person signs in
	 * again with the new one.
	 */
	@Transactional
	public boolean confirm(String token) {
		return tokens.consume(AccountTokens.Purpose.EMAIL_CHANGE, token, clock.instant())
				.flatMap(link -> accounts.findById(link.accountId()).map(account -> {
					if (!accounts.changeEmail(account.id(), link.newEmail())) {
						return false;
					}
					mails.emailChanged(account.email(), account.displayName(), account.locale());
					sessions.endAll(account.getUsername());
					return true;
				}))
				.orElse(false);
	}
}
