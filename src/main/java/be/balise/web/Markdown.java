package be.balise.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict subset of Markdown rendered to HTML that is safe by construction (SECURITY.md D9): every character of
 * the source is HTML-escaped first, and only this class adds tags, from a fixed list (p, br, strong, em, code,
 * ul, ol, li, h3, h4, a with an http(s) address). Nothing a person types can become a tag or an attribute.
 */
public final class Markdown {

	private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
	private static final Pattern BULLET = Pattern.compile("^[-*]\\s+(.*)$");
	private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");
	private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
	private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![\\w*])");
	/** Only absolute http(s) links; the address is already escaped, and may hold no quote, space or angle bracket. */
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^\\s()\"'<>]+)\\)");

	private Markdown() {
	}

	public static String toHtml(String source) {
		List<String> lines = source == null ? List.of() : source.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
		StringBuilder html = new StringBuilder();
		List<String> paragraph = new ArrayList<>();
		String list = null;
		for (String raw : lines) {
			String line = raw.strip();
			Matcher heading = HEADING.matcher(line);
			Matcher bullet = BULLET.matcher(line);
			Matcher numbered = NUMBERED.matcher(line);
			String item = bullet.matches() ? bullet.group(1) : numbered.matches() ? numbered.group(1) : null;
			String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
			if (line.isEmpty() || heading.matches() || item != null) {
				flush(html, paragraph);
			}
			if (list != null && !list.equals(kind)) {
				html.append("</").append(list).append('>');
				list = null;
			}
			if (heading.matches()) {
				String tag = heading.group(1).length() == 1 ? "h3" : "h4";
				html.append('<').append(tag).append('>').append(inline(heading.group(2))).append("</").append(tag).append('>');
			} else if (item != null) {
				if (list == null) {
					list = kind;
					html.append('<').append(list).append('>');
				}
				html.append("<li>").append(inline(item)).append("</li>");
			} else if (!line.isEmpty()) {
				paragraph.add(line);
			}
		}
		flush(html, paragraph);
		if (list != null) {
			html.append("</").append(list).append('>');
		}
		return html.toString();
	}

	private static void flush(StringBuilder html, List<String> paragraph) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(String.join("<br>", paragraph.stream().map(Markdown::inline).toList())).append("</p>");
			paragraph.clear();
		}
	}

	/** Code spans first (their content stays literal), then links, then emphasis on what is left. */
	private static String inline(String text) {
		return split(escape(text), CODE, code -> "<code>" + code.group(1) + "</code>", Markdown::linked);
	}

	private static String linked(String escaped) {
		return split(escaped, LINK, link -> "<a href=\"" + link.group(2) + "\" rel=\"noopener noreferrer nofollow\">"
				+ emphasised(link.group(1)) + "</a>", Markdown::emphasised);
	}

	private static String emphasised(String escaped) {
		String strong = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
		return EMPHASIS.matcher(strong).replaceAll("<em>$1</em>");
	}

	private static String split(String text, Pattern pattern, Function<MatchResult, String> onMatch,
			UnaryOperator<String> between) {
		StringBuilder out = new StringBuilder();
		Matcher matcher = pattern.matcher(text);
		int last = 0;
		while (matcher.find()) {
			out.append(between.apply(text.substring(last, matcher.start()))).append(onMatch.apply(matcher.toMatchResult()));
			last = matcher.end();
		}
		return out.append(between.apply(text.substring(last))).toString();
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
