package be.balise.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log; rows are only ever written by {@link AuditChain}. */
@Repository
class AuditEvents {

	private static final String COLUMNS = """
			seq, id, kind, actor_id, actor_role, bilan_id, object_kind, object_id, purpose, occurred_at,
			previous_hash, hash""";

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ChainLink> ofBilan(UUID bilanId, AuditKind kind, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from audit_event where bilan_id = :bilan and kind = :kind
				order by seq desc limit :limit offset :offset
				""")
				.param("bilan", bilanId)
				.param("kind", kind.name())
				.param("limit", limit)
				.param("offset", offset)
				.query(AuditEvents::link)
				.list();
	}

	long countOfBilan(UUID bilanId, AuditKind kind) {
		return jdbc.sql("select count(*) from audit_event where bilan_id = :bilan and kind = :kind")
				.param("bilan", bilanId)
				.param("kind", kind.name())
				.query(Long.class)
				.single();
	}

	/** The links after position {@code afterSeq}, up to {@code lastSeq}, in chain order. */
	List<ChainLink> chainAfter(long afterSeq, long lastSeq, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from audit_event where seq > :after and seq <= :last order by seq limit :limit
				""")
				.param("after", afterSeq)
				.param("last", lastSeq)
				.param("limit", limit)
				.query(AuditEvents::link)
				.list();
	}

	ChainHead head() {
		return jdbc.sql("select last_seq, last_hash from audit_chain_head")
				.query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
				.single();
	}

	static ChainLink link(ResultSet rs, int row) throws SQLException {
		return new ChainLink(
				rs.getLong("seq"),
				rs.getObject("id", UUID.class),
				AuditKind.valueOf(rs.getString("kind")),
				rs.getObject("actor_id", UUID.class),
				rs.getString("actor_role"),
				rs.getObject("bilan_id", UUID.class),
				rs.getString("object_kind"),
				rs.getObject("object_id", UUID.class),
				rs.getString("purpose"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/** The last position of the chain and its hash. */
	record ChainHead(long seq, String hash) {
	}
}
