package be.balise.identity;

import java.util.Locale;

import be.balise.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The e-mails of identity, in the recipient's language. Links carry their token as a query parameter, never
 * in the path, so that error logs (which name the path) cannot record it.
 */
@Component
class AccountMails {

	private final IdentityMail mail;
	private final MessageSource messages;
	private final String publicUrl;

	AccountMails(IdentityMail mail, MessageSource messages, IdentityProperties properties) {
		this.mail = mail;
		this.messages = messages;
		this.publicUrl = properties.publicUrl();
	}

	void confirmSignUp(String email, String name, Locale locale, String token) {
		send(email, locale, "identity.mail.signUp", name, link("/signup/confirm", token));
	}

	/** Someone signed up with an address that already has an account: tell its owner, and nobody else. */
	void signUpOnExistingAccount(String email, String name, Locale locale) {
		send(email, locale, "identity.mail.signUpExisting", name, publicUrl + "/login", publicUrl + "/password/forgotten");
	}

	void resetPassword(String email, String name, Locale locale, String token) {
		send(email, locale, "identity.mail.passwordReset", name, link("/password/reset", token));
	}

	void confirmNewEmail(String newEmail, String name, Locale locale, String token) {
		send(newEmail, locale, "identity.mail.emailChange", name, link("/account/email/confirm", token));
	}

	void emailChanged(String oldEmail, String name, Locale locale) {
		send(oldEmail, locale, "identity.mail.emailChanged", name, publicUrl + "/password/forgotten");
	}

	void invite(String email, Locale locale, Role role, String scopeName, String inviterName, String token) {
		String roleName = messages.getMessage(role.messageKey() + ".name", null, locale);
		send(email, locale, "identity.mail.invitation", roleName, scopeName, inviterName, link("/invitation", token));
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(publicUrl + path).queryParam("token", token).build().toUriString();
	}

	private void send(String to, Locale locale, String key, Object... args) {
		String subject = messages.getMessage(key + ".subject", args, locale);
		String body = messages.getMessage(key + ".body", args, locale);
		mail.send(OutgoingMail.of(to, subject, body));
	}
}
