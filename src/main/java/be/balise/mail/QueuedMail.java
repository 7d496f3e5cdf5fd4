package be.balise.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message of the outbox as the demo mailbox shows it; {@code attachmentNames} are in their order. */
public record QueuedMail(UUID id, String messageId, String recipient, String subject, String body, Instant queuedAt,
		DeliveryStatus status, List<String> attachmentNames) {
}
