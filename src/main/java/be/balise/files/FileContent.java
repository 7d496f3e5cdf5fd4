package be.balise.files;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file with its decrypted bytes. */
public record FileContent(StoredFile file, byte[] bytes) {

	public String name() {
		return file.name();
	}

	public MediaType mediaType() {
		return file.type().mediaType();
	}

	/** The response that downloads this file as an attachment (see {@link Downloads#attachment}). */
	public ResponseEntity<byte[]> asAttachment() {
		return Downloads.attachment(name(), mediaType(), bytes);
	}
}
