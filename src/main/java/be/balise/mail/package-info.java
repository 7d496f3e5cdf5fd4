/**
 * Outgoing e-mail through an outbox: messages are written in the transaction of the change that causes
 * them, then sent by a scheduled sender with retries and a stable Message-ID.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package be.balise.mail;
