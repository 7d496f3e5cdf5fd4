package be.balise.instruments;

import java.util.Locale;

/** A text of an item bank in the three languages of Balise. */
public record Text(String fr, String nl, String en) {

	/**
	 * The text in the language of {@code locale}, French when the language is not one of ours; when that language
	 * is missing, the first present of French, Dutch, English.
	 */
	public String in(Locale locale) {
		String chosen = switch (locale.getLanguage()) {
			case "nl" -> nl;
			case "en" -> en;
			default -> fr;
		};
		return present(chosen) ? chosen : present(fr) ? fr : present(nl) ? nl : present(en) ? en : "";
	}

	/** Whether at least one language has a text (an operator's questionnaire may be written in one language only). */
	public boolean any() {
		return present(fr) || present(nl) || present(en);
	}

	/** The same text with each language stripped; absent languages become empty. */
	public Text stripped() {
		return new Text(strip(fr), strip(nl), strip(en));
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
