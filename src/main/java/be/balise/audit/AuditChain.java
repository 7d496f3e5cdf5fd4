package be.balise.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import be.balise.audit.AuditEvents.ChainHead;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends rows to the audit chain, each in its own short transaction that locks the chain head, so that
 * concurrent writers chain one after the other and the lock is held for a few statements only.
 * <p>
 * It writes through a small pool of its own: a reader that holds a connection of the main pool while it
 * asks for its audit row must never wait for a second connection of that same pool, or a burst of readers
 * could take every connection and wait on each other.
 */
@Component
class AuditChain implements AutoCloseable {

	private static final int POOL_SIZE = 3;

	private final HikariDataSource pool;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	AuditChain(DataSource dataSource, Clock clock) {
		this.pool = poolBeside(dataSource);
		this.jdbc = JdbcClient.create(pool);
		this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(pool));
		this.clock = clock;
	}

	/** Writes one row and commits it; any failure is thrown to the caller, whose read must then fail. */
	ChainLink append(AuditKind kind, UUID actorId, String role, UUID bilanId, String objectKind, UUID objectId,
			String purpose) {
		return ownTransaction.execute(status -> {
			ChainHead head = jdbc.sql("select last_seq, last_hash from audit_chain_head for update")
					.query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
					.single();
			ChainLink link = ChainLink.seal(head.seq() + 1, UUID.randomUUID(), kind, actorId, role, bilanId,
					objectKind, objectId, purpose, clock.instant(), head.hash());
			insert(link);
			jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash")
					.param("seq", link.seq())
					.param("hash", link.hash())
					.update();
			return link;
		});
	}

	private void insert(ChainLink link) {
		jdbc.sql("""
				insert into audit_event (seq, id, kind, actor_id, actor_role, bilan_id, object_kind, object_id,
				    purpose, occurred_at, previous_hash, hash)
				values (:seq, :id, :kind, :actor, :role, :bilan, :objectKind, :objectId, :purpose, :at, :previous, :hash)
				""")
				.param("seq", link.seq())
				.param("id", link.id())
				.param("kind", link.kind().name())
				.param("actor", link.actorId())
				.param("role", link.role())
				.param("bilan", link.bilanId())
				.param("objectKind", link.objectKind())
				.param("objectId", link.objectId())
				.param("purpose", link.purpose())
				.param("at", OffsetDateTime.ofInstant(link.occurredAt(), ZoneOffset.UTC))
				.param("previous", link.previousHash())
				.param("hash", link.hash())
				.update();
	}

	@Override
	public void close() {
		pool.close();
	}

	private static HikariDataSource poolBeside(DataSource dataSource) {
		HikariDataSource main;
		try {
			main = dataSource.unwrap(HikariDataSource.class);
		} catch (SQLException e) {
			throw new IllegalStateException("The audit log needs the application's Hikari pool to copy its settings", e);
		}
		HikariConfig config = new HikariConfig();
		main.copyStateTo(config);
		config.setPoolName(main.getPoolName() + "-audit");
		config.setMaximumPoolSize(POOL_SIZE);
		config.setMinimumIdle(1);
		return new HikariDataSource(config);
	}
}
