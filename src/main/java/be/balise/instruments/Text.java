package be.balise.instruments;

import java.util.Locale;

/** A text of an item bank in the three languages of Balise. */
public record Text(String fr, String nl, String en) {

	/** The text in the language of {@code locale}, French when the language is not one of ours. */
	public String in(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> nl;
			case "en" -> en;
			default -> fr;
		};
	}
}
