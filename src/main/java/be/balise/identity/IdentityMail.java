package be.balise.identity;

import be.balise.mail.OutgoingMail;

/** Where identity's e-mails go: the outbox, in the transaction of the change that causes them. */
interface IdentityMail {

	void send(OutgoingMail mail);
}
