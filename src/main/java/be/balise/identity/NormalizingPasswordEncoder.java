package be.balise.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks the NFKC form of each password, so that "é" typed as one character or as "e" plus an
 * accent is the same password on every device (NIST SP 800-63B).
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	NormalizingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(PasswordPolicy.normalize(rawPassword.toString()));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return delegate.matches(PasswordPolicy.normalize(rawPassword.toString()), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}
}
