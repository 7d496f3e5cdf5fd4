package be.balise.crypto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs at startup, before the application serves requests. It refuses to start when data keys are wrapped
 * by a master key that is not configured (the wrong key file would make every bilan unreadable), and, when
 * a previous master key is configured, re-wraps every data key under the current one.
 */
@Component
class MasterKeyRotation implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);
	private static final int BATCH = 500;

	private final MasterKeys masterKeys;
	private final KeyRing keys;
	private final DataKeys dataKeys;
	private final TransactionTemplate transactions;

	MasterKeyRotation(MasterKeys masterKeys, KeyRing keys, DataKeys dataKeys, PlatformTransactionManager transactionManager) {
		this.masterKeys = masterKeys;
		this.keys = keys;
		this.dataKeys = dataKeys;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		refuseUnknownMasterKeys();
		masterKeys.previous().ifPresent(previous -> {
			int rewrapped = rewrapAll(previous);
			log.info("Master key rotation: {} data keys re-wrapped under the new master key. Remove "
					+ "BALISE_PREVIOUS_MASTER_KEY_FILE and keep the old key only as long as backups that need it.", rewrapped);
		});
	}

	/** Fails when some data key is wrapped by neither the current nor the previous master key. */
	void refuseUnknownMasterKeys() {
		Map<String, Long> unknown = new HashMap<>(dataKeys.countByMasterKey());
		unknown.keySet().removeAll(masterKeys.ids());
		if (!unknown.isEmpty()) {
			long count = unknown.values().stream().mapToLong(Long::longValue).sum();
			throw new IllegalStateException(count + " data keys are wrapped by a master key that is not configured. "
					+ "BALISE_MASTER_KEY_FILE names the wrong key; when rotating, name the old key in "
					+ "BALISE_PREVIOUS_MASTER_KEY_FILE. Balise refuses to start rather than write data no one could read.");
		}
	}

	/** Re-wraps, in batches, every data key wrapped by {@code previous}; returns how many were re-wrapped. */
	int rewrapAll(MasterKey previous) {
		int total = 0;
		while (true) {
			Integer done = transactions.execute(status -> {
				List<KeyScope> batch = dataKeys.wrappedBy(previous.id(), BATCH);
				return (int) batch.stream().filter(scope -> keys.rewrap(scope, previous)).count();
			});
			if (done == null || done == 0) {
				return total;
			}
			total += done;
		}
	}
}
