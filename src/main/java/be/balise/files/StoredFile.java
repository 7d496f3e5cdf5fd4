package be.balise.files;

import java.time.Instant;
import java.util.UUID;

import be.balise.crypto.KeyScope;

/** What is known of a stored file without its content: its safe name, detected type, size and SHA-256 (hex). */
public record StoredFile(UUID id, KeyScope scope, String purpose, String name, FileType type, long size, String sha256,
		Instant createdAt) {
}
