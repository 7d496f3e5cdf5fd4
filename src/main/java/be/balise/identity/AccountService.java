package be.balise.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of identity: create accounts, grant roles, find people, disable accounts. */
@Service
public class AccountService {

	static final int PAGE_SIZE = 20;

	private final Accounts accounts;
	private final PasswordEncoder passwordEncoder;
	private final AccountSessions sessions;

	AccountService(Accounts accounts, PasswordEncoder passwordEncoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	/** Creates an account whose password is already hashed (demo data and bulk generation hash once). */
	@Transactional
	public AccountId createWithHash(String email, String displayName, String passwordHash, Locale locale, Set<Role> roles) {
		AccountId id = AccountId.random();
		accounts.insert(id, email, displayName, passwordHash, locale, true);
		roles.forEach(role -> accounts.grant(id, role));
		return id;
	}

	public String hash(String rawPassword) {
		return passwordEncoder.encode(rawPassword);
	}

	/** Step-up: whether {@code rawPassword} is the enabled account's password (asked again before signing or sharing). */
	public boolean passwordMatches(AccountId id, String rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty()) {
			return false;
		}
		return accounts.findById(id).filter(CurrentUser::isEnabled).map(CurrentUser::getPassword)
				.filter(hash -> hash != null && hash.startsWith("{") && !hash.startsWith("{noop}"))
				.map(hash -> passwordEncoder.matches(rawPassword, hash)).orElse(false);
	}

	@Transactional
	public void grant(AccountId id, Role role) {
		accounts.grant(id, role);
	}

	public Optional<CurrentUser> findByEmail(String email) {
		return accounts.findByEmail(EmailAddress.normalize(email));
	}

	/** Display names of several accounts in one query, for lists. */
	public java.util.Map<java.util.UUID, String> displayNames(Collection<java.util.UUID> ids) {
		return summaries(ids.stream().map(AccountId::new).toList()).stream()
				.collect(java.util.stream.Collectors.toMap(summary -> summary.id().value(), AccountSummary::displayName));
	}

	public Optional<CurrentUser> findById(AccountId id) {
		return accounts.findById(id);
	}

	/** The accounts with these ids, by name, in one query (for lists of people kept by other modules). */
	public List<AccountSummary> summaries(Collection<AccountId> ids) {
		return accounts.summaries(Set.copyOf(ids));
	}

	/**
	 * Disables the account and ends all its sessions at once, on every instance. The caller decides who may
	 * do this (the platform admin for anyone, an operator admin for their counsellors).
	 */
	@Transactional
	public void disable(AccountId id) {
		accounts.findById(id).ifPresent(account -> {
			accounts.setEnabled(id, false);
			sessions.endAll(account.getUsername());
		});
	}

	@Transactional
	public void enable(AccountId id) {
		accounts.setEnabled(id, true);
	}

	/** One page (from 0) of the accounts whose name or address contains {@code text}. */
	AccountPage search(String text, int page) {
		String query = text == null ? "" : text;
		int total = accounts.count(query);
		int last = Math.max(0, (total - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), last);
		return new AccountPage(accounts.search(query, current * PAGE_SIZE, PAGE_SIZE), current, last, total);
	}
}
