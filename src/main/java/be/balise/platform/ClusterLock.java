package be.balise.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one application instance at a time, whatever the number of instances: the
 * instance that takes the job's row in {@code scheduled_lock} runs it, the others skip this turn.
 * <p>
 * The lock times are taken from the database's clock, not the application's {@link java.time.Clock}: they
 * coordinate instances whose own clocks may drift apart, and they never show up in business data.
 */
@Component
public class ClusterLock {

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	ClusterLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// The lock must be visible to other instances at once, even when the caller is inside a transaction.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs {@code job} if no other caller, on this instance or another, holds {@code jobName}; returns whether
	 * it ran. The lock is released when the job ends (normally or not); if this instance dies, it lapses after
	 * {@code maxHold}, which should exceed the job's longest run.
	 */
	public boolean runExclusively(String jobName, Duration maxHold, Runnable job) {
		Objects.requireNonNull(jobName, "jobName");
		Objects.requireNonNull(job, "job");
		if (maxHold.isNegative()) {
			throw new IllegalArgumentException("maxHold must not be negative");
		}
		UUID holder = UUID.randomUUID();
		if (!acquire(jobName, maxHold, holder)) {
			log.debug("Job {} is running elsewhere; skipped", jobName);
			return false;
		}
		try {
			job.run();
			return true;
		} finally {
			release(jobName, holder);
		}
	}

	private boolean acquire(String jobName, Duration maxHold, UUID holder) {
		Integer taken = ownTransaction.execute(status -> jdbc.sql("""
				insert into scheduled_lock (name, locked_until, locked_at, locked_by)
				values (:name, clock_timestamp() + make_interval(secs => :seconds), clock_timestamp(), :holder)
				on conflict (name) do update
				    set locked_until = excluded.locked_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by
				    where scheduled_lock.locked_until <= clock_timestamp()
				""")
				.param("name", jobName)
				.param("seconds", maxHold.toMillis() / 1000.0)
				.param("holder", holder)
				.update());
		return taken != null && taken == 1;
	}

	private void release(String jobName, UUID holder) {
		// Only our own hold is released: if the job outlived maxHold, another instance may hold the lock now.
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				update scheduled_lock set locked_until = clock_timestamp()
				where name = :name and locked_by = :holder
				""")
				.param("name", jobName)
				.param("holder", holder)
				.update());
	}
}
