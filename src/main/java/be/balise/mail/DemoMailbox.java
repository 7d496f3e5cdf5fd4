package be.balise.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the outbox holds, for the demo mailbox page only: this bean exists in the {@code demo} profile and
 * nowhere else, so no other installation can list messages.
 */
@Component
@Profile("demo")
public class DemoMailbox {

	private static final int MAX = 200;

	private final OutboxMessages messages;

	DemoMailbox(OutboxMessages messages) {
		this.messages = messages;
	}

	/** The latest messages, newest first. */
	public List<QueuedMail> latest() {
		return messages.latest(MAX);
	}

	public Optional<QueuedMail> find(UUID id) {
		return messages.find(id);
	}

	/** The attachment at {@code position} (from 0) of a message. */
	public Optional<Attachment> attachment(UUID id, int position) {
		return messages.attachment(id, position);
	}
}
