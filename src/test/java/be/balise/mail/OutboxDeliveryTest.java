package be.balise.mail;

import static be.balise.mail.OutboxFixture.drain;
import static be.balise.mail.OutboxFixture.uniqueRecipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.balise.platform.ClusterLock;
import be.balise.testing.FullStackTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery through a real SMTP server (GreenMail): at least once, always under the same Message-ID (R6). */
@FullStackTest
class OutboxDeliveryTest {

	@Autowired Outbox outbox;
	@Autowired OutboxMessages messages;
	@Autowired PlatformTransactionManager transactions;
	@Autowired ClusterLock lock;
	@Autowired JdbcClient jdbc;

	private OutboxFixture fixture;
	private TestSmtp smtp;
	private MutableClock clock;

	@BeforeEach
	void setUp() {
		fixture = new OutboxFixture(outbox, messages, transactions, lock, jdbc);
		smtp = new TestSmtp();
		// ahead of the context's clock, so that every message queued during the test is already due
		clock = new MutableClock(Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS));
	}

	@AfterEach
	void tearDown() {
		smtp.close();
	}

	@Test
	void sendsACommittedMessageOnceUnderItsMessageId() throws Exception {
		smtp.start();
		String recipient = uniqueRecipient();
		UUID id = fixture.enqueueCommitted(recipient, "Votre invitation à Balise", "Bonjour Amélie, voici votre lien.", List.of());
		OutboxSender sender = fixture.senderTo(smtp.port(), clock);

		drain(sender);
		drain(sender);

		List<MimeMessage> received = smtp.receivedBy(recipient);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getMessageID()).isEqualTo(fixture.row(id).get("message_id"));
		assertThat(received.get(0).getSubject()).isEqualTo("Votre invitation à Balise");
		assertThat(((String) received.get(0).getContent()).strip()).isEqualTo("Bonjour Amélie, voici votre lien.");
		assertThat(fixture.row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
	}

	@Test
	void sendsNothingWhenTheQueuingTransactionRollsBack() {
		smtp.start();
		String recipient = uniqueRecipient();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMail.of(recipient, "Invitation", "Bonjour"));
			status.setRollbackOnly();
		});

		drain(fixture.senderTo(smtp.port(), clock));

		assertThat(smtp.receivedBy(recipient)).isEmpty();
		fixture.enqueueCommitted(recipient, "Invitation", "Bonjour", List.of());
		drain(fixture.senderTo(smtp.port(), clock));
		assertThat(smtp.receivedBy(recipient)).hasSize(1);
	}

	@Test
	void retriesWhenTheServerIsDownUnderTheSameMessageId() throws Exception {
		String recipient = uniqueRecipient();
		UUID id = fixture.enqueueCommitted(recipient, "Rappel de séance", "La séance a lieu demain.", List.of());
		OutboxSender sender = fixture.senderTo(smtp.port(), clock);

		drain(sender);

		Map<String, Object> failed = fixture.row(id);
		assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) failed.get("last_error")).startsWith("org.springframework.mail.")
				.doesNotContain("séance", recipient);
		assertThat(((Timestamp) failed.get("next_attempt_at")).toInstant())
				.isEqualTo(clock.instant().plus(OutboxSender.delayAfter(1)));

		smtp.start();
		drain(sender);
		assertThat(smtp.receivedBy(recipient)).as("not due before its next attempt").isEmpty();

		clock.advance(OutboxSender.delayAfter(1));
		drain(sender);
		List<MimeMessage> received = smtp.receivedBy(recipient);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getMessageID()).isEqualTo(failed.get("message_id"));
		assertThat(fixture.row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
	}

	@Test
	void aMessageSentAgainAfterACrashCarriesTheSameMessageId() throws Exception {
		smtp.start();
		String recipient = uniqueRecipient();
		UUID id = fixture.enqueueCommitted(recipient, "Invitation", "Bonjour", List.of());
		OutboxSender crashing = fixture.senderWith(new CrashAfterSending(smtp.port(), recipient), clock);

		assertThatThrownBy(() -> drain(crashing)).isInstanceOf(SimulatedCrash.class);
		assertThat(smtp.receivedBy(recipient)).hasSize(1);
		assertThat(fixture.row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

		drain(fixture.senderTo(smtp.port(), clock));

		List<MimeMessage> received = smtp.receivedBy(recipient);
		assertThat(received).hasSize(2);
		assertThat(received).extracting(MimeMessage::getMessageID).containsOnly((String) fixture.row(id).get("message_id"));
		assertThat(fixture.row(id)).containsEntry("status", "SENT");
	}

	@Test
	void deliversAttachments() throws Exception {
		smtp.start();
		String recipient = uniqueRecipient();
		byte[] calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes();
		fixture.enqueueCommitted(recipient, "Séance", "Votre séance est en pièce jointe.",
				List.of(new Attachment("seance.ics", "text/calendar; charset=UTF-8", calendar)));

		drain(fixture.senderTo(smtp.port(), clock));

		MimeMultipart parts = (MimeMultipart) smtp.receivedBy(recipient).get(0).getContent();
		BodyPart attachment = findPart(parts, "seance.ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar");
		assertThat(bytesOf(attachment)).isEqualTo(calendar);
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		String recipient = uniqueRecipient();
		UUID id = fixture.enqueueCommitted(recipient, "Invitation", "Bonjour", List.of());
		OutboxSender sender = fixture.senderTo(smtp.port(), clock);

		for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
			assertThat(fixture.row(id)).containsEntry("status", "PENDING");
			drain(sender);
			clock.advance(OutboxSender.delayAfter(attempt));
		}

		assertThat(fixture.row(id)).containsEntry("status", "FAILED").containsEntry("attempts", OutboxSender.MAX_ATTEMPTS);
	}

	@Test
	void waitsLongerAfterEachFailureUpToSixHours() {
		assertThat(OutboxSender.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(OutboxSender.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(OutboxSender.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(OutboxSender.delayAfter(11)).isEqualTo(Duration.ofHours(6));
	}

	private static BodyPart findPart(MimeMultipart parts, String fileName) throws MessagingException {
		for (int i = 0; i < parts.getCount(); i++) {
			if (fileName.equals(parts.getBodyPart(i).getFileName())) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no part named " + fileName);
	}

	private static byte[] bytesOf(BodyPart part) throws IOException, MessagingException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		part.getInputStream().transferTo(out);
		return out.toByteArray();
	}

	/** The process dying right after the server accepted the message: nothing after the send happens. */
	static final class SimulatedCrash extends Error {
		SimulatedCrash() {
			super("simulated crash after sending");
		}
	}

	/** Sends for real, then "crashes" when the message is for {@code victim}. */
	private static final class CrashAfterSending extends JavaMailSenderImpl {

		private final String victim;

		CrashAfterSending(int port, String victim) {
			OutboxFixture.smtpAt(port).getJavaMailProperties().forEach(getJavaMailProperties()::put);
			setHost("127.0.0.1");
			setPort(port);
			this.victim = victim;
		}

		@Override
		protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
			super.doSend(mimeMessages, originalMessages);
			for (MimeMessage message : mimeMessages) {
				if (isFor(message)) {
					throw new SimulatedCrash();
				}
			}
		}

		private boolean isFor(MimeMessage message) {
			try {
				return message.getAllRecipients()[0].toString().equals(victim);
			} catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
