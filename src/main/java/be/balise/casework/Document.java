package be.balise.casework;

import java.time.Instant;
import java.util.UUID;

/** A document of the bilan as its list shows it: safe name, type, size, who uploaded it and when. */
public record Document(UUID id, String name, String type, long size, UUID uploadedBy, Instant uploadedAt, DocumentKind kind) {

	/** The size in kilobytes, rounded up, for people. */
	public long kilobytes() {
		return (size + 1023) / 1024;
	}
}
