package be.balise.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reference documents written as one text per language (the lexicon has its own structure). */
public enum DocumentKind {

	CHARTER, DEONTOLOGY, COMPETENCES;

	/** The path segment of the document's pages: {@code charter}, {@code deontology}, {@code competences}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "reference.kind." + slug();
	}

	public static Optional<DocumentKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
	}
}
