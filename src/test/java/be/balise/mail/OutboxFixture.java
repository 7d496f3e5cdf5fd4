package be.balise.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.platform.ClusterLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Senders pointed at a test SMTP server, built from the shared context's beans so that no test forks the
 * context. They pick every due message of the shared database: tests look only at their own recipients.
 */
record OutboxFixture(Outbox outbox, OutboxMessages messages, PlatformTransactionManager transactions, ClusterLock lock,
		JdbcClient jdbc) {

	static final String FROM = "Balise <no-reply@test.balise.be>";

	OutboxSender senderTo(int port, Clock clock) {
		return senderWith(smtpAt(port), clock);
	}

	OutboxSender senderWith(JavaMailSenderImpl smtp, Clock clock) {
		MailSettings settings = settingsFor(smtp.getPort());
		return new OutboxSender(messages, transactions, smtp, settings.fromAddress(), lock, clock);
	}

	static JavaMailSenderImpl smtpAt(int port) {
		return settingsFor(port).smtpSender();
	}

	/** Sends until no message is due any more. */
	static void drain(OutboxSender sender) {
		while (sender.sendBatch() > 0) {
			// each handled message is either sent or pushed to a later attempt, so this ends
		}
	}

	UUID enqueueCommitted(String recipient, String subject, String body, List<Attachment> attachments) {
		return new TransactionTemplate(transactions).execute(status ->
				outbox.enqueue(new OutgoingMail(recipient, subject, body, null), attachments));
	}

	Map<String, Object> row(UUID id) {
		return jdbc.sql("select * from outbox_message where id = :id").param("id", id).query().singleRow();
	}

	static String uniqueRecipient() {
		return "mail-" + UUID.randomUUID() + "@test.balise.be";
	}

	private static MailSettings settingsFor(int port) {
		return new MailSettings("127.0.0.1", port, null, null, FROM, null);
	}
}
