package be.balise.identity;

import be.balise.mail.OutgoingMail;
import be.balise.mail.Outbox;
import org.springframework.stereotype.Component;

/** Identity's e-mails go through the outbox, in the transaction of the change that causes them. */
@Component
class OutboxIdentityMail implements IdentityMail {

	private final Outbox outbox;

	OutboxIdentityMail(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(OutgoingMail mail) {
		outbox.enqueue(mail);
	}
}
