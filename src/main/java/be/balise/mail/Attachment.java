package be.balise.mail;

import java.util.Objects;

import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * A file sent with a message, such as an .ics invitation. The name is a plain file name (no path) and the
 * media type a valid MIME type, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}.
 */
public record Attachment(String fileName, String mediaType, byte[] content) {

	private static final int MAX_NAME = 200;

	public Attachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(content, "content");
		if (fileName.isBlank() || fileName.length() > MAX_NAME || fileName.chars().anyMatch(Attachment::unsafeInName)) {
			throw new IllegalArgumentException("An attachment needs a plain file name without path or control characters");
		}
		MimeType type = MimeTypeUtils.parseMimeType(mediaType);
		mediaType = type.toString();
		content = content.clone();
	}

	/** A copy: the attachment cannot be changed once queued. */
	@Override
	public byte[] content() {
		return content.clone();
	}

	private static boolean unsafeInName(int c) {
		return c == '/' || c == '\\' || Character.isISOControl(c);
	}
}
