package be.balise.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message that keeps the Message-ID given at enqueue time: Jakarta Mail would otherwise make a new one at
 * each send, and a resend after a crash could not be recognised as the same message.
 */
final class StableIdMimeMessage extends MimeMessage {

	private final String messageId;

	StableIdMimeMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", messageId);
	}
}
