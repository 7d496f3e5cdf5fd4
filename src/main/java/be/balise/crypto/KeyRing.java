package be.balise.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives each key scope its Tink keyset, unwrapped from the database with the master key. Unwrapped keysets
 * are kept only until the end of the current transaction, so a destroyed key is gone for every transaction
 * that starts afterwards, on every instance. Wrapped keysets are bound to their scope, so a keyset copied
 * onto another scope's row does not unwrap.
 */
@Component
class KeyRing {

	static {
		try {
			AeadConfig.register();
		} catch (GeneralSecurityException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private final DataKeys dataKeys;
	private final MasterKeys masterKeys;
	private final Clock clock;

	KeyRing(DataKeys dataKeys, MasterKeys masterKeys, Clock clock) {
		this.dataKeys = dataKeys;
		this.masterKeys = masterKeys;
		this.clock = clock;
	}

	/** The scope's keyset, created on first use; refused if the key was destroyed. */
	KeysetHandle forEncryption(KeyScope scope) {
		return cached(scope, this::findOrCreate);
	}

	/** The scope's keyset for reading; a scope that never had a key cannot have produced the ciphertext. */
	KeysetHandle forDecryption(KeyScope scope) {
		return cached(scope, s -> unwrap(dataKeys.find(s).orElseThrow(() -> new DecryptionException(s, null))));
	}

	private KeysetHandle findOrCreate(KeyScope scope) {
		var existing = dataKeys.find(scope);
		if (existing.isPresent()) {
			return unwrap(existing.get());
		}
		KeysetHandle created = generate();
		MasterKey master = masterKeys.current();
		if (dataKeys.insertIfAbsent(scope, wrap(created, scope, master), master.id(), clock.instant())) {
			return created;
		}
		// another transaction created (or destroyed) the key meanwhile: use what it stored
		return unwrap(dataKeys.find(scope).orElseThrow());
	}

	/** Adds a fresh primary key to the scope's keyset; the older keys stay for reading. False if no key exists. */
	boolean rotate(KeyScope scope) {
		forget(scope);
		var row = dataKeys.lock(scope);
		if (row.isEmpty()) {
			return false;
		}
		KeysetHandle current = unwrap(row.get());
		try {
			KeysetHandle rotated = KeysetHandle.newBuilder(current)
					.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
					.build();
			MasterKey master = masterKeys.current();
			dataKeys.storeRotated(scope, wrap(rotated, scope, master), master.id(), clock.instant());
			return true;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot rotate a data key", e);
		}
	}

	void destroy(KeyScope scope) {
		forget(scope);
		dataKeys.destroy(scope, clock.instant());
	}

	/** Re-wraps one data key from the previous master key to the current one; false if it was done already. */
	boolean rewrap(KeyScope scope, MasterKey from) {
		var row = dataKeys.find(scope).filter(r -> from.id().equals(r.masterKeyId()));
		if (row.isEmpty()) {
			return false;
		}
		MasterKey to = masterKeys.current();
		return dataKeys.rewrap(scope, wrap(unwrap(row.get()), scope, to), to.id(), from.id());
	}

	static Aead aead(KeysetHandle keyset) {
		try {
			return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data keyset does not give an AEAD", e);
		}
	}

	private static KeysetHandle cached(KeyScope scope, Function<KeyScope, KeysetHandle> load) {
		var cache = TransactionKeys.current();
		return cache == null ? load.apply(scope) : cache.keysets.computeIfAbsent(scope, load);
	}

	private static void forget(KeyScope scope) {
		var cache = TransactionKeys.current();
		if (cache != null) {
			cache.keysets.remove(scope);
		}
	}

	/** The keysets unwrapped in the current transaction; dropped with it (a suspended transaction keeps its own). */
	private static final class TransactionKeys implements TransactionSynchronization {

		private final Map<KeyScope, KeysetHandle> keysets = new HashMap<>();

		static TransactionKeys current() {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return null;
			}
			for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
				if (synchronization instanceof TransactionKeys keys) {
					return keys;
				}
			}
			var keys = new TransactionKeys();
			TransactionSynchronizationManager.registerSynchronization(keys);
			return keys;
		}
	}

	private KeysetHandle unwrap(DataKeys.Row row) {
		if (row.destroyed()) {
			throw new KeyDestroyedException(row.scope());
		}
		try {
			return TinkProtoKeysetFormat.parseEncryptedKeyset(row.wrappedKeyset(), masterKeys.byId(row.masterKeyId()).aead(),
					bindingOf(row.scope()));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The data key of " + row.scope().kind() + " " + row.scope().owner()
					+ " does not unwrap with its master key: the key row or the master key file was altered", e);
		}
	}

	private static byte[] wrap(KeysetHandle keyset, KeyScope scope, MasterKey master) {
		try {
			return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.aead(), bindingOf(scope));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot wrap a data key", e);
		}
	}

	private static KeysetHandle generate() {
		try {
			return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot generate a data key", e);
		}
	}

	private static byte[] bindingOf(KeyScope scope) {
		return ("balise data key " + scope.kind() + " " + scope.owner()).getBytes(StandardCharsets.UTF_8);
	}
}
