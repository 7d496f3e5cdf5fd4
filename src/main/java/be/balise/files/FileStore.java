package be.balise.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import be.balise.crypto.ContentCipher;
import be.balise.crypto.KeyScope;
import be.balise.crypto.ReencryptionTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The encrypted file store. An upload is checked on its size and on its content (never its name), then its
 * name and bytes are encrypted under the scope's key. Callers check access and write the audit row before
 * reading, as for any content; a file is only found within the scope it was stored under.
 */
@Service
public class FileStore implements ReencryptionTarget {

	private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");
	private static final String TABLE = "stored_file";

	private final StoredFiles files;
	private final ContentCipher cipher;
	private final Clock clock;
	private final DataSize maxSize;

	FileStore(StoredFiles files, ContentCipher cipher, Clock clock, FilesProperties properties) {
		this.files = files;
		this.cipher = cipher;
		this.clock = clock;
		this.maxSize = properties.maxSize();
	}

	/** The largest upload accepted, to tell users before they send. */
	public DataSize maxSize() {
		return maxSize;
	}

	/** Stores an upload of any accepted type; throws {@link UploadRefusedException} if too large, empty or of a refused type. */
	public StoredFile store(KeyScope scope, String purpose, String originalName, InputStream content) {
		return store(scope, purpose, originalName, content, EnumSet.allOf(FileType.class));
	}

	/** Stores an upload whose detected type must be one of {@code accepted}. */
	public StoredFile store(KeyScope scope, String purpose, String originalName, InputStream content, Set<FileType> accepted) {
		try {
			return store(scope, purpose, originalName, content.readNBytes(Math.toIntExact(maxSize.toBytes() + 1)), accepted);
		} catch (IOException e) {
			throw new UncheckedIOException("The upload could not be read", e);
		}
	}

	/** Stores bytes of any accepted type (a generated PDF, for instance). */
	public StoredFile store(KeyScope scope, String purpose, String originalName, byte[] content) {
		return store(scope, purpose, originalName, content, EnumSet.allOf(FileType.class));
	}

	/** The file's description, if it exists within {@code scope}. */
	public Optional<StoredFile> find(KeyScope scope, UUID fileId) {
		return files.find(scope, fileId).map(this::describe);
	}

	/** Every file stored under {@code scope}, oldest first (for exports). */
	public List<StoredFile> list(KeyScope scope) {
		return files.list(scope).stream().map(this::describe).toList();
	}

	/** The file with its decrypted bytes, if it exists within {@code scope}. */
	public Optional<FileContent> read(KeyScope scope, UUID fileId) {
		return find(scope, fileId).flatMap(file -> files.content(scope, fileId)
				.map(ciphertext -> new FileContent(file, cipher.decrypt(scope, ciphertext, ContentCipher.bindTo(TABLE, fileId)))));
	}

	/** Deletes one file of {@code scope}; false if there was none. */
	public boolean delete(KeyScope scope, UUID fileId) {
		return files.delete(scope, fileId);
	}

	/** Deletes every file of {@code scope} (retention); returns how many. */
	public int deleteAll(KeyScope scope) {
		return files.deleteAll(scope);
	}

	/** Re-encrypts the names and contents of the scope's files under its current key. */
	@Override
	@Transactional
	public int reencrypt(KeyScope scope) {
		int changed = 0;
		for (UUID id : files.ids(scope)) {
			var row = files.find(scope, id);
			var content = files.content(scope, id);
			if (row.isEmpty() || content.isEmpty()) {
				continue;
			}
			byte[] name = cipher.reencrypt(scope, row.get().nameCiphertext(), nameBinding(id));
			byte[] bytes = cipher.reencrypt(scope, content.get(), ContentCipher.bindTo(TABLE, id));
			if (name != row.get().nameCiphertext() || bytes != content.get()) {
				// stored files never change in place, so no concurrent edit can be overwritten here
				files.replaceCiphertexts(id, name, bytes);
				changed++;
			}
		}
		return changed;
	}

	private StoredFile store(KeyScope scope, String purpose, String originalName, byte[] content, Set<FileType> accepted) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("A purpose is a short lower-case name such as casework.document");
		}
		FileType type = check(content, maxSize, accepted);
		UUID id = UUID.randomUUID();
		String name = SafeNames.of(originalName, type);
		var row = new StoredFiles.Row(id, scope, purpose, cipher.encryptString(scope, name, nameBinding(id)),
				type.mediaType().toString(), content.length, sha256(content), clock.instant());
		files.insert(row, cipher.encrypt(scope, content, ContentCipher.bindTo(TABLE, id)));
		return new StoredFile(id, scope, purpose, name, type, content.length, row.sha256(), row.createdAt());
	}

	/** The upload's type if it may be stored; otherwise the refusal the user will read. */
	static FileType check(byte[] content, DataSize maxSize, Set<FileType> accepted) {
		if (content.length == 0) {
			throw new UploadRefusedException("files.upload.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw new UploadRefusedException("files.upload.tooLarge", maxSize.toMegabytes());
		}
		return FileTypes.detect(content).filter(accepted::contains)
				.orElseThrow(() -> new UploadRefusedException("files.upload.typeRefused"));
	}

	private StoredFile describe(StoredFiles.Row row) {
		FileType type = FileType.ofMediaType(row.mediaType())
				.orElseThrow(() -> new IllegalStateException("Unknown media type in stored file " + row.id()));
		return new StoredFile(row.id(), row.scope(), row.purpose(),
				cipher.decryptString(row.scope(), row.nameCiphertext(), nameBinding(row.id())), type, row.size(), row.sha256(),
				row.createdAt());
	}

	private static byte[] nameBinding(UUID id) {
		return ContentCipher.bindTo(TABLE + ".name", id);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
		}
	}
}
