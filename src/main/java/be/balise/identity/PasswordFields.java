package be.balise.identity;

import java.util.Objects;

import org.springframework.stereotype.Component;

/** Checks a new password typed twice, and says in the form which rule each field breaks. */
@Component
class PasswordFields {

	private final PasswordPolicy policy;

	PasswordFields(PasswordPolicy policy) {
		this.policy = policy;
	}

	void check(FormMessages errors, String password, String confirmation, String email) {
		for (PasswordPolicy.Rule rule : policy.violations(password, email)) {
			errors.add("password", rule.messageKey, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		}
		if (!Objects.equals(password, confirmation)) {
			errors.add("passwordConfirmation", "identity.password.mismatch");
		}
	}
}
