package be.balise.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a file's type from its bytes alone (signatures, the entries of office archives, strict UTF-8
 * for text). Anything else, including markup and office files with macros, is not recognised.
 */
final class FileTypes {

	private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
	private static final byte[] ZIP = {'P', 'K', 3, 4};
	private static final Pattern MARKUP = Pattern.compile(
			"<\\s*/?\\s*(script|html|head|body|svg|iframe|frame|object|embed|img|style|meta|link|form|base)\\b|<!doctype|<\\?xml",
			Pattern.CASE_INSENSITIVE);

	private FileTypes() {
	}

	/** The type of {@code content}, or empty when it is none that Balise accepts. */
	static Optional<FileType> detect(byte[] content) {
		if (content.length == 0) {
			return Optional.empty();
		}
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(content, PNG)) {
			return Optional.of(FileType.PNG);
		}
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(content, ascii("GIF87a")) || startsWith(content, ascii("GIF89a"))) {
			return Optional.of(FileType.GIF);
		}
		if (content.length >= 16 && startsWith(content, ascii("RIFF")) && ascii(content, 8, 4).equals("WEBP")
				&& ascii(content, 12, 3).equals("VP8")) {
			return Optional.of(FileType.WEBP);
		}
		if (startsWith(content, ZIP)) {
			return officeDocument(content);
		}
		return isPlainText(content) ? Optional.of(FileType.TEXT) : Optional.empty();
	}

	private static Optional<FileType> officeDocument(byte[] zip) {
		Optional<List<String>> entries = ZipDirectory.entryNames(zip);
		if (entries.isEmpty() || entries.get().stream().anyMatch(FileTypes::isMacro)) {
			return Optional.empty();
		}
		List<String> names = entries.get();
		Optional<String> odf = ZipDirectory.firstStoredEntry(zip, "mimetype", 100);
		if (odf.isPresent()) {
			return switch (odf.get()) {
				case "application/vnd.oasis.opendocument.text" -> Optional.of(FileType.ODT);
				case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileType.ODS);
				case "application/vnd.oasis.opendocument.presentation" -> Optional.of(FileType.ODP);
				default -> Optional.empty();
			};
		}
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(FileType.DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(FileType.XLSX);
		}
		if (names.contains("ppt/presentation.xml")) {
			return Optional.of(FileType.PPTX);
		}
		return Optional.empty();
	}

	/** VBA projects in OOXML, Basic and scripts in ODF: documents that carry code are refused. */
	private static boolean isMacro(String entry) {
		String name = entry.toLowerCase(Locale.ROOT);
		return name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml") || name.startsWith("basic/")
				|| name.startsWith("scripts/");
	}

	/** Strict UTF-8 without control characters (other than tab, line and page breaks) and without markup. */
	private static boolean isPlainText(byte[] content) {
		for (byte b : content) {
			if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
				return false;
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
		} catch (CharacterCodingException e) {
			return false;
		}
		String start = text.stripLeading();
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).stripLeading();
		}
		return !start.startsWith("<") && !MARKUP.matcher(text).find();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String ascii(byte[] content, int offset, int length) {
		return new String(content, offset, length, StandardCharsets.US_ASCII);
	}
}
