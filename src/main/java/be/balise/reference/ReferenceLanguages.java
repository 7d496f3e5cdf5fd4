package be.balise.reference;

import java.util.List;
import java.util.Locale;

/** Reference content exists in these three languages; any other locale reads the French text. */
public final class ReferenceLanguages {

	public static final List<String> ALL = List.of("fr", "nl", "en");

	private ReferenceLanguages() {
	}

	public static String of(Locale locale) {
		String language = locale == null ? "fr" : locale.getLanguage();
		return ALL.contains(language) ? language : "fr";
	}
}
