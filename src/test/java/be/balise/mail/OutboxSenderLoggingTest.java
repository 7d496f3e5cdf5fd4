package be.balise.mail;

import static be.balise.mail.OutboxFixture.drain;
import static be.balise.mail.OutboxFixture.uniqueRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import be.balise.platform.ClusterLock;
import be.balise.testing.FullStackTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The sender's log names the recipient and the subject, never the body (SECURITY.md D11). */
@FullStackTest
class OutboxSenderLoggingTest {

	private static final String BODY_CANARY = "canary-body-7f3a9c: votre lien secret";

	@Autowired Outbox outbox;
	@Autowired OutboxMessages messages;
	@Autowired PlatformTransactionManager transactions;
	@Autowired ClusterLock lock;
	@Autowired JdbcClient jdbc;

	private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
	private final Logger mailLogger = (Logger) LoggerFactory.getLogger("be.balise.mail");

	@BeforeEach
	void capture() {
		captured.start();
		mailLogger.addAppender(captured);
	}

	@AfterEach
	void release() {
		mailLogger.detachAppender(captured);
	}

	@Test
	void logsRecipientAndSubjectButNeverTheBodyWhetherSendingFailsOrSucceeds() {
		OutboxFixture fixture = new OutboxFixture(outbox, messages, transactions, lock, jdbc);
		MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofHours(1)));
		String recipient = uniqueRecipient();
		fixture.enqueueCommitted(recipient, "Invitation à Balise", BODY_CANARY, List.of());
		try (TestSmtp smtp = new TestSmtp()) {
			OutboxSender sender = fixture.senderTo(smtp.port(), clock);
			drain(sender);
			smtp.start();
			clock.advance(OutboxSender.delayAfter(1));
			drain(sender);
			assertThat(smtp.receivedBy(recipient)).hasSize(1);
		}

		List<String> lines = captured.list.stream().map(OutboxSenderLoggingTest::fullText).toList();
		assertThat(lines).filteredOn(line -> line.contains(recipient) && line.contains("Invitation à Balise")).hasSize(2);
		assertThat(lines).noneMatch(line -> line.contains("canary-body-7f3a9c"));
	}

	private static String fullText(ILoggingEvent event) {
		String throwable = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
		return event.getFormattedMessage() + throwable;
	}
}
