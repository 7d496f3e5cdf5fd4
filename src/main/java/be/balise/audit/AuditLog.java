package be.balise.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The audit log of bilan content (SECURITY.md D3). Call {@link #recordRead} before the content leaves the
 * application: the row is written and committed synchronously, and if it cannot be written the call throws,
 * so the read fails instead of going unrecorded.
 * <p>
 * Rows are committed in their own short transaction, whatever the caller's: a row records an access that
 * was attempted, and stays even if the caller's transaction later rolls back (the log errs on the side of
 * recording). Rows name people by internal id only, never by content.
 */
@Service
public class AuditLog {

	static final int MAX_PAGE_SIZE = 500;

	private final AuditChain chain;
	private final AuditEvents events;

	AuditLog(AuditChain chain, AuditEvents events) {
		this.chain = chain;
		this.events = events;
	}

	/** Records one read of content; throws (and the caller's read must fail) if the row cannot be written. */
	public void recordRead(ContentRead read) {
		chain.append(AuditKind.READ, read.readerId(), read.role(), read.bilanId(), read.objectKind(), read.objectId(),
				read.purpose());
	}

	/** Records one change of content, before it is made; throws if the row cannot be written. */
	public void recordChange(ContentChange change) {
		chain.append(AuditKind.CHANGE, change.actorId(), change.role(), change.bilanId(), change.objectKind(),
				change.objectId(), change.purpose());
	}

	/** The reads of one bilan's content, newest first; {@code page} counts from 0. */
	public List<AuditEntry> readsOfBilan(UUID bilanId, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		return events.ofBilan(bilanId, AuditKind.READ, Math.multiplyExact(page, size), size).stream()
				.map(ChainLink::toEntry)
				.toList();
	}

	/** How many reads of one bilan's content the log holds. */
	public long countReadsOfBilan(UUID bilanId) {
		return events.countOfBilan(bilanId, AuditKind.READ);
	}
}
