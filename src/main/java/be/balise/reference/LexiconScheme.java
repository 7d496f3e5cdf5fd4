package be.balise.reference;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.balise.web.Markdown;

/**
 * One version of a scheme of the lexicon: a stable {@code code} (what a referral names), its structured attributes
 * (the referral helper and the pages use them) and its texts per language.
 */
public record LexiconScheme(String code, int version, int position, Set<Party> initiators, Set<Party> resultsTo,
		boolean employerInvolved, Purpose purpose, Map<String, LexiconText> texts, UUID authorId, Instant savedAt) {

	public LexiconScheme {
		initiators = Set.copyOf(initiators);
		resultsTo = Set.copyOf(resultsTo);
		texts = Map.copyOf(texts);
	}

	public LexiconText text(Locale locale) {
		return text(ReferenceLanguages.of(locale));
	}

	public LexiconText text(String language) {
		LexiconText text = texts.get(language);
		return text != null ? text : texts.get("fr");
	}

	public String name(Locale locale) {
		return text(locale).name();
	}

	public String description(Locale locale) {
		return text(locale).description();
	}

	public String descriptionHtml(Locale locale) {
		return Markdown.toHtml(text(locale).description());
	}

	public String situationsHtml(Locale locale) {
		return Markdown.toHtml(text(locale).situations());
	}

	public String contactHtml(Locale locale) {
		return Markdown.toHtml(text(locale).contact());
	}

	/** The sorted attribute lists, for stable display. */
	public java.util.List<Party> sortedInitiators() {
		return initiators.stream().sorted().toList();
	}

	public java.util.List<Party> sortedResultsTo() {
		return resultsTo.stream().sorted().toList();
	}
}
