package be.balise.reference;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.balise.web.Markdown;

/**
 * One version of a reference document: its Markdown text per language ({@code fr}, {@code nl}, {@code en}), who
 * saved it (null for the version shipped with Balise) and when.
 */
public record ReferenceDocument(DocumentKind kind, int version, Map<String, String> texts, UUID authorId, Instant savedAt) {

	public ReferenceDocument {
		texts = Map.copyOf(texts);
	}

	/** The Markdown text in the reader's language. */
	public String text(Locale locale) {
		return text(ReferenceLanguages.of(locale));
	}

	public String text(String language) {
		return texts.getOrDefault(language, texts.getOrDefault("fr", ""));
	}

	/** The text rendered as sanitized HTML (escaped first, fixed list of tags), safe to insert as is. */
	public String html(Locale locale) {
		return Markdown.toHtml(text(locale));
	}

	public String html(String language) {
		return Markdown.toHtml(text(language));
	}

	public boolean shipped() {
		return authorId == null;
	}
}
