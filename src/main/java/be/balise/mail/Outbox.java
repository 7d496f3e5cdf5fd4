package be.balise.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail in the transaction of the change that causes it: if that change rolls back, the message is
 * never sent; once it commits, the message is sent at least once, always under the Message-ID given here.
 * Bodies are notifications (a link, a date), never bilan content.
 */
@Service
public class Outbox {

	private static final int MAX_SUBJECT = 300;

	private final OutboxMessages messages;
	private final MailSettings settings;
	private final Clock clock;

	Outbox(OutboxMessages messages, MailSettings settings, Clock clock) {
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues {@code mail} and returns its outbox id. Propagation MANDATORY: called outside a transaction it
	 * throws, because a message written apart from its cause could be sent for a change that never happened.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(OutgoingMail mail) {
		return enqueue(mail, List.of());
	}

	/** Queues {@code mail} with files attached (in this order); same transaction rule as {@link #enqueue(OutgoingMail)}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(OutgoingMail mail, List<Attachment> attachments) {
		checkRecipient(mail.recipient());
		checkSubject(mail.subject());
		UUID id = UUID.randomUUID();
		messages.insert(id, "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">", mail, clock.instant(),
				List.copyOf(attachments));
		return id;
	}

	/** Deletes every message about this bilan, sent or not (retention); returns how many. */
	@Transactional
	public int deleteForBilan(UUID bilanId) {
		return messages.deleteForBilan(bilanId);
	}

	private static void checkRecipient(String recipient) {
		try {
			InternetAddress[] parsed = InternetAddress.parse(recipient, true);
			if (parsed.length != 1) {
				throw new IllegalArgumentException("A message goes to exactly one recipient");
			}
			parsed[0].validate();
		} catch (AddressException e) {
			throw new IllegalArgumentException("Not a valid e-mail address", e);
		}
	}

	private static void checkSubject(String subject) {
		if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A subject is one line of at most " + MAX_SUBJECT + " characters");
		}
	}
}
