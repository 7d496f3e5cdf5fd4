package be.balise.identity;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Checked only after the password matched: a disabled or unconfirmed account gets its own clear message,
 * and a person who does not know the password learns nothing about the account.
 */
final class AccountStatusChecks implements UserDetailsChecker {

	@Override
	public void check(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		if (user instanceof CurrentUser current && !current.confirmed()) {
			throw new AccountNotConfirmedException();
		}
	}

	/** The address of the account has not been confirmed through the link sent at sign-up. */
	static final class AccountNotConfirmedException extends AccountStatusException {

		AccountNotConfirmedException() {
			super("address not confirmed");
		}
	}
}
