package be.balise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FullStackTest
class ClusterLockTest {

	private static final Duration HOLD = Duration.ofMinutes(5);

	@Autowired ClusterLock lock;
	@Autowired JdbcClient jdbc;

	@Test
	void ofSeveralConcurrentCallersOnlyOneRunsTheJob() throws Exception {
		String job = uniqueJob();
		int callers = 4;
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch skipped = new CountDownLatch(callers - 1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				results.add(pool.submit(() -> {
					boolean ran = lock.runExclusively(job, HOLD, () -> {
						runs.incrementAndGet();
						// hold the lock until every other caller has been turned away
						awaitQuietly(skipped);
					});
					if (!ran) {
						skipped.countDown();
					}
					return ran;
				}));
			}
			List<Boolean> ran = new ArrayList<>();
			for (Future<Boolean> result : results) {
				ran.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(ran).containsOnlyOnce(true);
			assertThat(runs).hasValue(1);
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theJobRunsAgainOnceTheHolderHasFinished() {
		String job = uniqueJob();
		AtomicInteger runs = new AtomicInteger();

		assertThat(lock.runExclusively(job, HOLD, runs::incrementAndGet)).isTrue();
		assertThat(lock.runExclusively(job, HOLD, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aFailingJobReleasesTheLock() {
		String job = uniqueJob();

		assertThatThrownBy(() -> lock.runExclusively(job, HOLD, () -> {
			throw new IllegalStateException("job failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(lock.runExclusively(job, HOLD, () -> { })).isTrue();
	}

	@Test
	void aLockLeftByACrashedInstanceLapsesAfterItsMaximumHold() {
		String stillHeld = uniqueJob();
		String lapsed = uniqueJob();
		leftByCrashedInstance(stillHeld, "clock_timestamp() + interval '1 hour'");
		leftByCrashedInstance(lapsed, "clock_timestamp() - interval '1 second'");

		assertThat(lock.runExclusively(stillHeld, HOLD, () -> { })).isFalse();
		assertThat(lock.runExclusively(lapsed, HOLD, () -> { })).isTrue();
	}

	@Test
	void aHolderThatOutlivedItsHoldDoesNotReleaseTheNextHoldersLock() {
		String job = uniqueJob();
		boolean ran = lock.runExclusively(job, Duration.ZERO, () ->
				// our hold has lapsed at once: another instance takes the job while we still run
				leftByCrashedInstance(job, "clock_timestamp() + interval '1 hour'"));

		assertThat(ran).isTrue();
		assertThat(lock.runExclusively(job, HOLD, () -> { })).isFalse();
	}

	private void leftByCrashedInstance(String job, String until) {
		jdbc.sql("insert into scheduled_lock (name, locked_until, locked_at, locked_by) values (:name, " + until
				+ ", clock_timestamp(), :holder) on conflict (name) do update set locked_until = excluded.locked_until,"
				+ " locked_by = excluded.locked_by")
				.param("name", job)
				.param("holder", UUID.randomUUID())
				.update();
	}

	private static String uniqueJob() {
		return "test-" + UUID.randomUUID();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
