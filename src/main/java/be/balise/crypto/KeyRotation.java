package be.balise.crypto;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation of data keys: a rotated scope gets a new primary key at once (old data stays readable), then
 * every registered {@link ReencryptionTarget} re-encrypts its rows in the background. Each scope is worked
 * on under a row lock, so several application instances share the queue safely.
 */
@Service
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
	private static final int SCOPES_PER_RUN = 100;
	private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(30);

	private final KeyRing keys;
	private final DataKeys dataKeys;
	private final List<ReencryptionTarget> targets;
	private final TransactionTemplate transactions;
	private final Clock clock;

	KeyRotation(KeyRing keys, DataKeys dataKeys, List<ReencryptionTarget> targets, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.keys = keys;
		this.dataKeys = dataKeys;
		this.targets = List.copyOf(targets);
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Gives the scope's keyset a new primary key and queues its rows for re-encryption; false if the scope has no key yet, {@link KeyDestroyedException} once destroyed. */
	public boolean rotateDataKey(KeyScope scope) {
		return Boolean.TRUE.equals(transactions.execute(status -> keys.rotate(scope)));
	}

	/** Re-encrypts now every registered module's rows of the scope under its current key; returns the rows changed. */
	public int reencryptNow(KeyScope scope) {
		Integer changed = transactions.execute(status -> {
			var row = dataKeys.lock(scope);
			if (row.isEmpty() || row.get().destroyed()) {
				return 0;
			}
			return reencrypt(scope);
		});
		return changed == null ? 0 : changed;
	}

	/** The background worker: drains the queue of rotated scopes, a bounded number per run. */
	@Scheduled(fixedDelayString = "${balise.crypto.reencryption-delay:PT1M}", initialDelayString = "${balise.crypto.reencryption-delay:PT1M}")
	void reencryptPending() {
		int handled = 0;
		while (handled < SCOPES_PER_RUN && reencryptNextPending()) {
			handled++;
		}
	}

	/** Handles one queued scope (a failed one is retried later); false when the queue is empty. */
	boolean reencryptNextPending() {
		var claimed = new KeyScope[1];
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				Optional<KeyScope> next = dataKeys.claimPending(clock.instant());
				if (next.isEmpty()) {
					return false;
				}
				claimed[0] = next.get();
				int changed = reencrypt(next.get());
				dataKeys.markReencrypted(next.get());
				log.info("Re-encrypted {} rows of {} {} under its rotated key", changed, next.get().kind(), next.get().owner());
				return true;
			}));
		} catch (RuntimeException e) {
			if (claimed[0] == null) {
				throw e;
			}
			log.warn("Re-encryption of {} {} failed ({}); retrying in {}", claimed[0].kind(), claimed[0].owner(),
					e.getClass().getSimpleName(), RETRY_AFTER_FAILURE);
			transactions.executeWithoutResult(status -> dataKeys.retryLater(claimed[0], clock.instant().plus(RETRY_AFTER_FAILURE)));
			return true;
		}
	}

	private int reencrypt(KeyScope scope) {
		return targets.stream().mapToInt(target -> target.reencrypt(scope)).sum();
	}
}
