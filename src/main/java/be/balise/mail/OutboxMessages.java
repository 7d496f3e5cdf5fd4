package be.balise.mail;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the outbox and their attachments. */
@Repository
class OutboxMessages {

	private static final String QUEUED = """
			select m.id, m.message_id, m.recipient, m.subject, m.body, m.queued_at, m.status,
			       array(select a.file_name from outbox_attachment a where a.message = m.id order by a.position) as attachments
			from outbox_message m""";

	private final JdbcClient jdbc;

	OutboxMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String messageId, OutgoingMail mail, Instant now, List<Attachment> attachments) {
		jdbc.sql("""
				insert into outbox_message (id, message_id, recipient, subject, body, bilan_id, queued_at, status,
				    next_attempt_at)
				values (:id, :messageId, :recipient, :subject, :body, :bilan, :now, 'PENDING', :now)
				""")
				.param("id", id)
				.param("messageId", messageId)
				.param("recipient", mail.recipient())
				.param("subject", mail.subject())
				.param("body", mail.body())
				.param("bilan", mail.bilanId())
				.param("now", utc(now))
				.update();
		for (int position = 0; position < attachments.size(); position++) {
			Attachment attachment = attachments.get(position);
			jdbc.sql("""
					insert into outbox_attachment (message, position, file_name, media_type, content)
					values (:message, :position, :name, :type, :content)
					""")
					.param("message", id)
					.param("position", position)
					.param("name", attachment.fileName())
					.param("type", attachment.mediaType())
					.param("content", attachment.content())
					.update();
		}
	}

	int deleteForBilan(UUID bilanId) {
		return jdbc.sql("delete from outbox_message where bilan_id = :bilan").param("bilan", bilanId).update();
	}

	/**
	 * The next message due at {@code now}, locked until the caller's transaction ends; messages locked by
	 * another sender are skipped, so that several instances never send the same message at once.
	 */
	Optional<DueMail> lockNextDue(Instant now) {
		return jdbc.sql("""
				select id, message_id, recipient, subject, body, attempts from outbox_message
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, queued_at
				limit 1
				for update skip locked
				""")
				.param("now", utc(now))
				.query((rs, row) -> new DueMail(rs.getObject("id", UUID.class), rs.getString("message_id"),
						rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
				.optional();
	}

	List<Attachment> attachmentsOf(UUID id) {
		return jdbc.sql("select file_name, media_type, content from outbox_attachment where message = :id order by position")
				.param("id", id)
				.query((rs, row) -> new Attachment(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
				.list();
	}

	Optional<Attachment> attachment(UUID id, int position) {
		return jdbc.sql("select file_name, media_type, content from outbox_attachment where message = :id and position = :position")
				.param("id", id)
				.param("position", position)
				.query((rs, row) -> new Attachment(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
				.optional();
	}

	void markSent(UUID id, Instant now) {
		jdbc.sql("""
				update outbox_message set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
				where id = :id
				""")
				.param("id", id)
				.param("now", utc(now))
				.update();
	}

	/** Records a failed attempt and when to try again. */
	void retryLater(UUID id, int attempts, String errorClass, Instant nextAttempt) {
		jdbc.sql("update outbox_message set attempts = :attempts, last_error = :error, next_attempt_at = :next where id = :id")
				.param("id", id)
				.param("attempts", attempts)
				.param("error", errorClass)
				.param("next", utc(nextAttempt))
				.update();
	}

	/** Records the last failed attempt: the message will not be tried again. */
	void giveUp(UUID id, int attempts, String errorClass) {
		jdbc.sql("update outbox_message set status = 'FAILED', attempts = :attempts, last_error = :error where id = :id")
				.param("id", id)
				.param("attempts", attempts)
				.param("error", errorClass)
				.update();
	}

	List<QueuedMail> latest(int limit) {
		return jdbc.sql(QUEUED + " order by m.queued_at desc, m.id limit :limit")
				.param("limit", limit)
				.query(OutboxMessages::queued)
				.list();
	}

	Optional<QueuedMail> find(UUID id) {
		return jdbc.sql(QUEUED + " where m.id = :id").param("id", id).query(OutboxMessages::queued).optional();
	}

	private static QueuedMail queued(ResultSet rs, int row) throws SQLException {
		Array names = rs.getArray("attachments");
		return new QueuedMail(rs.getObject("id", UUID.class), rs.getString("message_id"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
				DeliveryStatus.valueOf(rs.getString("status")), List.of((String[]) names.getArray()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A message being sent: what the SMTP message needs, and how many attempts came before. */
	record DueMail(UUID id, String messageId, String recipient, String subject, String body, int attempts) {
	}
}
