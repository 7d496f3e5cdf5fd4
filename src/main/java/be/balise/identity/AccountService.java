package be.balise.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of identity: create accounts, grant roles, find people by id or address. */
@Service
public class AccountService {

	private final Accounts accounts;
	private final PasswordEncoder passwordEncoder;

	AccountService(Accounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/** Creates an account whose password is already hashed (demo data and bulk generation hash once). */
	@Transactional
	public AccountId createWithHash(String email, String displayName, String passwordHash, Locale locale, Set<Role> roles) {
		AccountId id = AccountId.random();
		accounts.insert(id, email, displayName, passwordHash, locale);
		roles.forEach(role -> accounts.grant(id, role));
		return id;
	}

	public String hash(String rawPassword) {
		return passwordEncoder.encode(rawPassword);
	}

	@Transactional
	public void grant(AccountId id, Role role) {
		accounts.grant(id, role);
	}

	public Optional<CurrentUser> findByEmail(String email) {
		return accounts.findByEmail(email);
	}

	/** Display names of several accounts in one query, for lists. */
	public java.util.Map<java.util.UUID, String> displayNames(java.util.Collection<java.util.UUID> ids) {
		return accounts.displayNames(ids);
	}

	public Optional<CurrentUser> findById(AccountId id) {
		return accounts.findById(id);
	}
}
