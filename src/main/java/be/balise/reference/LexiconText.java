package be.balise.reference;

/** A lexicon scheme in one language: its name, and Markdown for its description, typical situations and contact. */
public record LexiconText(String name, String description, String situations, String contact) {
}
