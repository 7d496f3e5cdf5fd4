package be.balise.contract;

/** Reference Markdown as plain e-mail text: links become "text (address)", emphasis marks go. */
final class PlainText {

	private PlainText() {
	}

	static String of(String markdown) {
		return markdown.replaceAll("\\[([^\\]]+)]\\((https?://[^\\s)]+)\\)", "$1 ($2)").replace("**", "").strip();
	}
}
