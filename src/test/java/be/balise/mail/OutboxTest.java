package be.balise.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FullStackTest
class OutboxTest {

	@Autowired Outbox outbox;
	@Autowired JdbcClient jdbc;
	@Autowired PlatformTransactionManager transactions;

	@Test
	void queuesAMessageWithAStableMessageIdInTheCallersTransaction() {
		String recipient = OutboxFixture.uniqueRecipient();
		UUID id = inTransaction(() -> outbox.enqueue(OutgoingMail.of(recipient, "Invitation", "Bonjour")));

		Map<String, Object> row = jdbc.sql("select * from outbox_message where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("recipient", recipient)
				.containsEntry("subject", "Invitation")
				.containsEntry("body", "Bonjour")
				.containsEntry("status", "PENDING")
				.containsEntry("attempts", 0);
		assertThat((String) row.get("message_id")).matches("<[0-9a-f-]{36}@balise\\.local>");
	}

	@Test
	void refusesToQueueOutsideATransaction() {
		OutgoingMail mail = OutgoingMail.of(OutboxFixture.uniqueRecipient(), "Invitation", "Bonjour");

		assertThatThrownBy(() -> outbox.enqueue(mail)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(inTransaction(() -> outbox.enqueue(mail))).isNotNull();
	}

	@Test
	void keepsNothingWhenTheCallersTransactionRollsBack() {
		String recipient = OutboxFixture.uniqueRecipient();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMail.of(recipient, "Invitation", "Bonjour"));
			status.setRollbackOnly();
		});

		assertThat(countFor(recipient)).isZero();
	}

	@Test
	void refusesAnInvalidRecipientOrAMultiLineSubject() {
		String recipient = OutboxFixture.uniqueRecipient();

		assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(OutgoingMail.of("not an address", "Invitation", "x"))))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(OutgoingMail.of(recipient + ", other@test.balise.be",
				"Invitation", "x")))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(OutgoingMail.of(recipient,
				"Invitation\r\nBcc: someone@test.balise.be", "x")))).isInstanceOf(IllegalArgumentException.class);
		inTransaction(() -> outbox.enqueue(OutgoingMail.of(recipient, "Invitation", "x")));
		assertThat(countFor(recipient)).isOne();
	}

	@Test
	void refusesAnAttachmentNameWithAPath() {
		assertThatThrownBy(() -> new Attachment("../invitation.ics", "text/calendar", new byte[1]))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Attachment("invitation.ics", "not a type", new byte[1]))
				.isInstanceOf(IllegalArgumentException.class);
		assertThat(new Attachment("invitation.ics", "text/calendar; charset=UTF-8", new byte[1]).mediaType())
				.isEqualTo("text/calendar;charset=UTF-8");
	}

	@Test
	void deletesTheMessagesOfOneBilanOnly() {
		UUID bilan = UUID.randomUUID();
		String recipient = OutboxFixture.uniqueRecipient();
		inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, "Séance", "Rappel", bilan),
				List.of(new Attachment("seance.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()))));
		inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, "Séance", "Rappel", UUID.randomUUID())));
		inTransaction(() -> outbox.enqueue(OutgoingMail.of(recipient, "Compte", "Bienvenue")));

		assertThat(outbox.deleteForBilan(bilan)).isOne();

		assertThat(countFor(recipient)).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from outbox_attachment a where not exists "
				+ "(select 1 from outbox_message m where m.id = a.message)").query(Long.class).single()).isZero();
	}

	private long countFor(String recipient) {
		return jdbc.sql("select count(*) from outbox_message where recipient = :r").param("r", recipient)
				.query(Long.class).single();
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}
}
