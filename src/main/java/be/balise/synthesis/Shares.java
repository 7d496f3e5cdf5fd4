package be.balise.synthesis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shares and their openings. Only hashes of the token and of the code are stored; the recipient is encrypted. */
@Repository
class Shares {

	static final String TABLE = "synthesis_share";
	static final String OPENINGS = "synthesis_share_opening";

	/** What the public link needs to know of a share, found by the hash of its token. */
	record Found(UUID id, UUID bilanId, int revisionNumber, String codeHash, LocalDate expiresOn, Instant revokedAt,
			int failedAttempts, Instant blockedUntil) {
	}

	/** Whose synthesis it is (administration of the bilan, for the cover of what a share opens). */
	record People(UUID workerId, UUID counsellorId, UUID schemeId) {
	}

	private final JdbcClient jdbc;
	private final Sealing sealing;

	Shares(JdbcClient jdbc, Sealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	UUID insert(UUID bilan, int revision, String recipient, String tokenHash, String codeHash, LocalDate expiresOn, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into synthesis_share (id, bilan_id, revision_number, recipient, token_hash, code_hash, expires_on, created_at)
				values (:id, :bilan, :revision, :recipient, :token, :code, :expires, :now)""")
				.param("id", id).param("bilan", bilan).param("revision", revision)
				.param("recipient", sealing.seal(bilan, TABLE, id, recipient)).param("token", tokenHash).param("code", codeHash)
				.param("expires", Date.valueOf(expiresOn)).param("now", Timestamp.from(now)).update();
		return id;
	}

	Optional<Found> byTokenHash(String tokenHash) {
		return jdbc.sql("select * from synthesis_share where token_hash = :token").param("token", tokenHash)
				.query((rs, row) -> new Found(rs.getObject("id", UUID.class), rs.getObject("bilan_id", UUID.class),
						rs.getInt("revision_number"), rs.getString("code_hash"), rs.getDate("expires_on").toLocalDate(),
						instant(rs.getTimestamp("revoked_at")), rs.getInt("failed_attempts"), instant(rs.getTimestamp("blocked_until"))))
				.optional();
	}

	/** Counts a wrong code; from the fifth in a row, the share refuses codes until {@code blockUntil}. */
	void failed(UUID id, int limit, Instant blockUntil) {
		jdbc.sql("""
				update synthesis_share set failed_attempts = failed_attempts + 1,
				blocked_until = case when failed_attempts + 1 >= :limit then :until else blocked_until end
				where id = :id""").param("limit", limit).param("until", Timestamp.from(blockUntil)).param("id", id).update();
	}

	void opened(UUID share, UUID bilan, Instant now) {
		jdbc.sql("update synthesis_share set failed_attempts = 0, blocked_until = null where id = :id").param("id", share).update();
		jdbc.sql("insert into synthesis_share_opening (id, share_id, bilan_id, opened_at) values (:id, :share, :bilan, :now)")
				.param("id", UUID.randomUUID()).param("share", share).param("bilan", bilan).param("now", Timestamp.from(now)).update();
	}

	boolean revoke(UUID bilan, UUID share, Instant now) {
		return jdbc.sql("update synthesis_share set revoked_at = :now where id = :id and bilan_id = :bilan and revoked_at is null")
				.param("now", Timestamp.from(now)).param("id", share).param("bilan", bilan).update() == 1;
	}

	/** The bilan's shares, newest first, each with its openings. */
	List<Share> all(UUID bilan) {
		Map<UUID, List<Instant>> openings = new HashMap<>();
		jdbc.sql("select share_id, opened_at from synthesis_share_opening where bilan_id = :bilan order by opened_at desc")
				.param("bilan", bilan).query(rs -> {
					openings.computeIfAbsent(rs.getObject("share_id", UUID.class), key -> new ArrayList<>())
							.add(rs.getTimestamp("opened_at").toInstant());
				});
		return jdbc.sql("select * from synthesis_share where bilan_id = :bilan order by created_at desc").param("bilan", bilan)
				.query((rs, row) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Share(id, rs.getInt("revision_number"), sealing.open(bilan, TABLE, id, rs.getBytes("recipient")),
							rs.getDate("expires_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
							instant(rs.getTimestamp("revoked_at")), openings.getOrDefault(id, List.of()));
				}).list();
	}

	Optional<People> people(UUID bilan) {
		return jdbc.sql("select worker_id, counsellor_id, scheme_id from bilan where id = :bilan").param("bilan", bilan)
				.query((rs, row) -> new People(rs.getObject("worker_id", UUID.class), rs.getObject("counsellor_id", UUID.class),
						rs.getObject("scheme_id", UUID.class))).optional();
	}

	void deleteAll(UUID bilan) {
		jdbc.sql("delete from synthesis_share_opening where bilan_id = :bilan").param("bilan", bilan).update();
		jdbc.sql("delete from synthesis_share where bilan_id = :bilan").param("bilan", bilan).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
