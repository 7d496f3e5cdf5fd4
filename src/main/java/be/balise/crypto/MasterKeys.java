package be.balise.crypto;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The master key in use and, while the operator rotates it, the previous one. Production refuses to start
 * without a configured key file; the demo profile generates one under {@code ./data/}.
 */
final class MasterKeys {

	static final String MISSING = "No master key: set BALISE_MASTER_KEY_FILE (property balise.crypto.master-key-file) "
			+ "to a file holding 32 random bytes in base64, created with: openssl rand -base64 32 > master-key; "
			+ "chmod 400 master-key. Balise refuses to start without it (only the demo profile generates one).";

	private final MasterKey current;
	private final MasterKey previous;

	MasterKeys(MasterKey current, MasterKey previous) {
		if (previous != null && previous.id().equals(current.id())) {
			throw new IllegalStateException("The previous master key file holds the same key as the master key file: "
					+ "name the old key in BALISE_PREVIOUS_MASTER_KEY_FILE and the new one in BALISE_MASTER_KEY_FILE");
		}
		this.current = current;
		this.previous = previous;
	}

	static MasterKeys load(CryptoProperties properties, boolean demo) {
		MasterKey current;
		if (!CryptoProperties.isBlank(properties.masterKeyFile())) {
			current = MasterKey.read(Path.of(properties.masterKeyFile()), "BALISE_MASTER_KEY_FILE");
		} else if (demo) {
			current = MasterKey.readOrGenerate(Path.of(properties.demoMasterKeyFile()));
		} else {
			throw new IllegalStateException(MISSING);
		}
		MasterKey previous = CryptoProperties.isBlank(properties.previousMasterKeyFile()) ? null
				: MasterKey.read(Path.of(properties.previousMasterKeyFile()), "BALISE_PREVIOUS_MASTER_KEY_FILE");
		return new MasterKeys(current, previous);
	}

	MasterKey current() {
		return current;
	}

	Optional<MasterKey> previous() {
		return Optional.ofNullable(previous);
	}

	/** The master key that wrapped a data key, by its id. */
	MasterKey byId(String id) {
		if (current.id().equals(id)) {
			return current;
		}
		if (previous != null && previous.id().equals(id)) {
			return previous;
		}
		throw new IllegalStateException("A data key is wrapped by a master key that is not configured (id " + id + ")");
	}

	Set<String> ids() {
		return previous == null ? Set.of(current.id()) : Set.of(current.id(), previous.id());
	}
}
