package be.balise.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the names in a ZIP archive's central directory, and the first entry when it is stored uncompressed,
 * without inflating anything: a crafted archive (zip bomb) costs no more than reading its bytes once.
 */
final class ZipDirectory {

	private static final int LOCAL_HEADER = 0x04034b50;
	private static final int CENTRAL_HEADER = 0x02014b50;
	private static final int END_OF_DIRECTORY = 0x06054b50;
	private static final int END_RECORD_SIZE = 22;
	private static final int MAX_COMMENT = 0xFFFF;
	private static final int MAX_ENTRIES = 20_000;

	private ZipDirectory() {
	}

	/** The entry names, or empty if the central directory is missing, truncated or ZIP64. */
	static Optional<List<String>> entryNames(byte[] zip) {
		int end = findEndOfDirectory(zip);
		if (end < 0) {
			return Optional.empty();
		}
		int entries = u16(zip, end + 10);
		long size = u32(zip, end + 12);
		long offset = u32(zip, end + 16);
		if (entries > MAX_ENTRIES || offset + size > end) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>(entries);
		int position = (int) offset;
		for (int i = 0; i < entries; i++) {
			if (position + 46 > end || u32(zip, position) != CENTRAL_HEADER) {
				return Optional.empty();
			}
			int nameLength = u16(zip, position + 28);
			int next = position + 46 + nameLength + u16(zip, position + 30) + u16(zip, position + 32);
			if (next > end) {
				return Optional.empty();
			}
			names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
			position = next;
		}
		return Optional.of(names);
	}

	/** The content of the first entry if it is named {@code name} and stored uncompressed (as ODF's mimetype). */
	static Optional<String> firstStoredEntry(byte[] zip, String name, int maxLength) {
		if (zip.length < 30 || u32(zip, 0) != LOCAL_HEADER || u16(zip, 8) != 0) {
			return Optional.empty();
		}
		long length = u32(zip, 18);
		int nameLength = u16(zip, 26);
		int data = 30 + nameLength + u16(zip, 28);
		if (length > maxLength || data + length > zip.length
				|| !name.equals(new String(zip, 30, Math.min(nameLength, zip.length - 30), StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		return Optional.of(new String(zip, data, (int) length, StandardCharsets.US_ASCII));
	}

	private static int findEndOfDirectory(byte[] zip) {
		int lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
		for (int position = zip.length - END_RECORD_SIZE; position >= lowest; position--) {
			if (u32(zip, position) == END_OF_DIRECTORY) {
				return position;
			}
		}
		return -1;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
	}
}
