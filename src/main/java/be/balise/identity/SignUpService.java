package be.balise.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker creates their own account; it works once they follow the link sent to their address. Whatever
 * the address, the person who signs up sees the same answer and waits the same time: only the mailbox's
 * owner learns whether an account existed.
 */
@Service
class SignUpService {

	private final Accounts accounts;
	private final AccountTokens tokens;
	private final AccountMails mails;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	SignUpService(Accounts accounts, AccountTokens tokens, AccountMails mails, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public void signUp(String name, EmailAddress email, String password, Locale locale) {
		// Hash in every case, so that the time of the answer does not tell whether the address is known.
		String hash = passwordEncoder.encode(password);
		Optional<CurrentUser> existing = accounts.findByEmail(email.value());
		if (existing.isPresent() && existing.get().confirmed()) {
			CurrentUser owner = existing.get();
			mails.signUpOnExistingAccount(owner.email(), owner.displayName(), owner.locale());
			return;
		}
		AccountId id;
		if (existing.isPresent()) {
			id = existing.get().id();
			accounts.replaceUnconfirmedDetails(id, name, hash, locale);
		} else {
			id = AccountId.random();
			accounts.insert(id, email.value(), name, hash, locale, false);
			accounts.grant(id, Role.WORKER);
		}
		String token = tokens.issue(AccountTokens.Purpose.SIGN_UP, id, null, clock.instant());
		mails.confirmSignUp(email.value(), name, locale, token);
	}

	/** Whether the link is still good; looking changes nothing. */
	public boolean isPending(String token) {
		return tokens.find(AccountTokens.Purpose.SIGN_UP, token, clock.instant()).isPresent();
	}

	/** Confirms the address behind the link, once; whether the link was good. */
	@Transactional
	public boolean confirm(String token) {
		return tokens.consume(AccountTokens.Purpose.SIGN_UP, token, clock.instant())
				.map(link -> {
					accounts.confirmEmail(link.accountId());
					return true;
				})
				.orElse(false);
	}
}
