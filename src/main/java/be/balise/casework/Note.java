package be.balise.casework;

import java.time.Instant;
import java.util.UUID;

import be.balise.web.Markdown;

/** A session note as its counsellor reads it: the Markdown they wrote and its sanitized rendering. */
public record Note(UUID id, Instant writtenAt, String markdown) {

	/** HTML built by {@link Markdown}: escaped first, then a fixed list of tags, safe to insert as is. */
	public String html() {
		return Markdown.toHtml(markdown);
	}
}
