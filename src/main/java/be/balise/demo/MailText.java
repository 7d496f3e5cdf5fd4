package be.balise.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text mail body cut into lines and pieces, so that the demo mailbox can show web addresses as
 * links (an invitation, a reset link) while every other character stays text.
 */
public record MailText(List<List<Piece>> lines) {

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"']+");
	private static final String TRAILING_PUNCTUATION = ".,;:!?)";

	/** Text, or a web address to show as a link. */
	public record Piece(String text, boolean link) {
	}

	static MailText of(String body) {
		List<List<Piece>> lines = body.lines().map(MailText::pieces).toList();
		return new MailText(lines);
	}

	private static List<Piece> pieces(String line) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = WEB_ADDRESS.matcher(line);
		int done = 0;
		while (matcher.find()) {
			int end = matcher.end();
			while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
				end--;
			}
			text(pieces, line.substring(done, matcher.start()));
			pieces.add(new Piece(line.substring(matcher.start(), end), true));
			done = end;
		}
		text(pieces, line.substring(done));
		return pieces;
	}

	private static void text(List<Piece> pieces, String text) {
		if (!text.isEmpty()) {
			pieces.add(new Piece(text, false));
		}
	}
}
