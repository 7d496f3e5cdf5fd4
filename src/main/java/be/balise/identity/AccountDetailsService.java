package be.balise.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in and stores the upgraded hash when an older one is met. */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	AccountDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		accounts.updatePasswordHash(user.getUsername(), newPasswordHash);
		return accounts.findByEmail(user.getUsername()).orElseThrow();
	}
}
