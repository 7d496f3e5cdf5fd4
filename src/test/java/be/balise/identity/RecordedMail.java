package be.balise.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.balise.mail.OutgoingMail;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Keeps every e-mail identity sends during the tests, so that a test can follow the link it carries, and
 * passes it on to the real outbox, so that the outbox's rules (one transaction, a valid recipient) still apply.
 */
@Primary
@Component
class RecordedMail implements IdentityMail {

	private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

	private final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
	private final OutboxIdentityMail outbox;

	RecordedMail(OutboxIdentityMail outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(OutgoingMail mail) {
		outbox.send(mail);
		sent.add(mail);
	}

	List<OutgoingMail> to(String recipient) {
		return sent.stream().filter(mail -> mail.recipient().equalsIgnoreCase(recipient)).toList();
	}

	OutgoingMail lastTo(String recipient) {
		List<OutgoingMail> mails = to(recipient);
		if (mails.isEmpty()) {
			throw new AssertionError("No e-mail to " + recipient);
		}
		return mails.get(mails.size() - 1);
	}

	/** The token of the link in the last e-mail to this address. */
	String lastTokenTo(String recipient) {
		Matcher matcher = TOKEN.matcher(lastTo(recipient).body());
		if (!matcher.find()) {
			throw new AssertionError("No link in the last e-mail to " + recipient);
		}
		return matcher.group(1);
	}
}
