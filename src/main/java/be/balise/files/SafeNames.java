package be.balise.files;

import java.text.Normalizer;

/**
 * Turns the name a user gave a file into a display and download name: no path, no control or reserved
 * characters, bounded length, and the extension of the type found in the content. It is never a path.
 */
final class SafeNames {

	private static final int MAX_BASE_LENGTH = 100;
	private static final String FALLBACK = "document";

	private SafeNames() {
	}

	static String of(String original, FileType type) {
		return baseOf(original) + "." + type.extension();
	}

	/** A safe name that keeps its own extension (for generated files such as PDFs). */
	static String keepingExtension(String name) {
		String clean = clean(lastSegment(name));
		return clean.isEmpty() ? FALLBACK : clean;
	}

	private static String baseOf(String original) {
		String name = lastSegment(original);
		int dot = name.lastIndexOf('.');
		String base = clean(dot > 0 ? name.substring(0, dot) : name);
		return base.isEmpty() ? FALLBACK : base;
	}

	private static String lastSegment(String name) {
		String text = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		return text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
	}

	private static String clean(String text) {
		String cleaned = text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pd} ._(),'’]", "_")
				.replaceAll("\\s+", " ")
				.replaceAll("_{2,}", "_")
				.replaceAll("^[ ._\\-]+|[ ._]+$", "");
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_BASE_LENGTH) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_BASE_LENGTH)).strip();
		}
		return cleaned;
	}
}
