package be.balise.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that make the browser save a file rather than display it: attachment disposition with an ASCII
 * name and the exact UTF-8 name (RFC 6266 / RFC 5987), no type sniffing, no caching, and a sandbox in case a
 * browser renders it anyway.
 */
public final class Downloads {

	private Downloads() {
	}

	/** A download of {@code body} named {@code fileName} (made safe here); use it for stored and generated files. */
	public static ResponseEntity<byte[]> attachment(String fileName, MediaType mediaType, byte[] body) {
		return ResponseEntity.ok()
				.contentType(mediaType)
				.contentLength(body.length)
				.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(SafeNames.keepingExtension(fileName)))
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'; sandbox")
				.cacheControl(CacheControl.noStore())
				.body(body);
	}

	static String contentDisposition(String name) {
		return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	private static String asciiFallback(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.replaceAll("[^A-Za-z0-9 ._()\\-,']", "_");
	}

	private static String rfc5987(String name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			} else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return encoded.toString();
	}
}
