package be.balise.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One row of the audit chain with the hash that seals it: SHA-256 over the row's position, its fields and
 * the previous row's hash. Fields are length-prefixed, so that no two different rows hash the same text.
 */
record ChainLink(long seq, UUID id, AuditKind kind, UUID actorId, String role, UUID bilanId, String objectKind,
		UUID objectId, String purpose, Instant occurredAt, String previousHash, String hash) {

	/** The previous hash of the first row. */
	static final String GENESIS = "0".repeat(64);

	/** A new link after {@code previousHash}, sealed with its hash; the time is kept to the microsecond, as stored. */
	static ChainLink seal(long seq, UUID id, AuditKind kind, UUID actorId, String role, UUID bilanId, String objectKind,
			UUID objectId, String purpose, Instant occurredAt, String previousHash) {
		Instant stored = occurredAt.truncatedTo(ChronoUnit.MICROS);
		ChainLink unsealed = new ChainLink(seq, id, kind, actorId, role, bilanId, objectKind, objectId, purpose, stored,
				previousHash, null);
		return new ChainLink(seq, id, kind, actorId, role, bilanId, objectKind, objectId, purpose, stored, previousHash,
				unsealed.computeHash());
	}

	/** The hash these fields should carry; differs from {@link #hash()} when the row was altered. */
	String computeHash() {
		StringBuilder text = new StringBuilder();
		field(text, Long.toString(seq));
		field(text, id.toString());
		field(text, kind.name());
		field(text, actorId.toString());
		field(text, role);
		field(text, bilanId.toString());
		field(text, objectKind);
		field(text, objectId == null ? null : objectId.toString());
		field(text, purpose);
		field(text, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
		field(text, previousHash);
		return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	AuditEntry toEntry() {
		return new AuditEntry(id, kind, actorId, role, bilanId, objectKind, objectId, purpose, occurredAt);
	}

	private static void field(StringBuilder text, String value) {
		if (value == null) {
			text.append("-1:;");
		} else {
			text.append(value.length()).append(':').append(value).append(';');
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", e);
		}
	}
}
