package be.balise.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import be.balise.mail.OutboxMessages.DueMail;
import be.balise.platform.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages of the outbox over SMTP. Each message is sent inside a transaction that holds its row
 * lock and marks it sent, so a crash after the send and before the commit leaves it due: it is sent again,
 * under the same Message-ID (delivery is at least once). A failed send is retried later with a growing
 * delay; only the error's class is kept. Logs name the recipient and the subject, never the body.
 */
class OutboxSender {

	static final String JOB = "mail.outbox";
	static final int MAX_ATTEMPTS = 12;
	private static final Duration MAX_HOLD = Duration.ofMinutes(10);
	private static final int BATCH = 100;
	private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
	private static final Duration LONGEST_DELAY = Duration.ofHours(6);

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxMessages messages;
	private final TransactionTemplate transaction;
	private final JavaMailSender smtp;
	private final InternetAddress from;
	private final ClusterLock lock;
	private final Clock clock;

	OutboxSender(OutboxMessages messages, PlatformTransactionManager transactions, JavaMailSender smtp, InternetAddress from,
			ClusterLock lock, Clock clock) {
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.smtp = smtp;
		this.from = from;
		this.lock = lock;
		this.clock = clock;
	}

	/** One instance of the application at a time sends a batch; the row locks would keep them apart anyway. */
	@Scheduled(fixedDelayString = "${balise.mail.send-interval:PT15S}", initialDelayString = "${balise.mail.send-interval:PT15S}")
	void sendDueMessages() {
		lock.runExclusively(JOB, MAX_HOLD, this::sendBatch);
	}

	/** Sends (or tries) up to a batch of due messages; returns how many it handled. */
	int sendBatch() {
		int handled = 0;
		while (handled < BATCH && Boolean.TRUE.equals(transaction.execute(status -> sendNext()))) {
			handled++;
		}
		return handled;
	}

	private boolean sendNext() {
		Instant now = clock.instant();
		DueMail mail = messages.lockNextDue(now).orElse(null);
		if (mail == null) {
			return false;
		}
		List<Attachment> attachments = messages.attachmentsOf(mail.id());
		try {
			smtp.send(mimeMessage(mail, attachments, now));
		} catch (RuntimeException failure) {
			failed(mail, failure, now);
			return true;
		}
		messages.markSent(mail.id(), now);
		log.info("Mail sent to {}: {}", mail.recipient(), mail.subject());
		return true;
	}

	private void failed(DueMail mail, RuntimeException failure, Instant now) {
		int attempts = mail.attempts() + 1;
		String error = errorClass(failure);
		if (attempts >= MAX_ATTEMPTS) {
			messages.giveUp(mail.id(), attempts, error);
			log.error("Mail to {} given up after {} attempts ({}): {}", mail.recipient(), attempts, error, mail.subject());
			return;
		}
		Instant next = now.plus(delayAfter(attempts));
		messages.retryLater(mail.id(), attempts, error, next);
		log.warn("Mail to {} not sent, attempt {} ({}), next at {}: {}", mail.recipient(), attempts, error, next,
				mail.subject());
	}

	/** One minute after the first failure, then twice as long each time, at most six hours. */
	static Duration delayAfter(int attempts) {
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 20));
		return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
	}

	private MimeMessage mimeMessage(DueMail mail, List<Attachment> attachments, Instant now) {
		try {
			MimeMessage message = new StableIdMimeMessage(smtp.createMimeMessage().getSession(), mail.messageId());
			MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			helper.setSentDate(Date.from(now));
			for (Attachment attachment : attachments) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
			}
			return message;
		} catch (MessagingException e) {
			throw new IllegalStateException("Cannot build the message", e);
		}
	}

	/** The error's class and its root cause's class: enough to diagnose, and never a message text. */
	private static String errorClass(RuntimeException failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String name = failure.getClass().getName();
		return root == failure ? name : name + " caused by " + root.getClass().getName();
	}
}
