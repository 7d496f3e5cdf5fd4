package be.balise.mail;

import java.util.Objects;
import java.util.UUID;

/**
 * One message to send. Bodies are notifications: they never carry bilan content. {@code bilanId} links a
 * message to the bilan it concerns (or null), so that it is destroyed with that bilan's content.
 */
public record OutgoingMail(String recipient, String subject, String body, UUID bilanId) {

	public OutgoingMail {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
	}

	public static OutgoingMail of(String recipient, String subject, String body) {
		return new OutgoingMail(recipient, subject, body, null);
	}
}
