package be.balise.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a jte template the way its reader would see it: without expressions, directives, comments and tags, and
 * reports every text node, or user-visible attribute, that still holds a letter. Texts come from the message
 * bundles, so such a letter is a literal that no translation reaches. The brand and punctuation are allowed.
 */
final class TemplateText {

	/** A literal found in a template, with its line. */
	record Literal(int line, String text) {

		@Override
		public String toString() {
			return "line " + line + ": \"" + text.strip().replaceAll("\\s+", " ") + "\"";
		}
	}

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");
	private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");
	private static final Pattern ALLOWED = Pattern.compile("\\bBalise\\b|&#?\\w+;");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final List<String> EXPRESSIONS = List.of("$unsafe{", "${", "!{");
	private static final List<String> BLOCK_DIRECTIVES = List.of("if", "elseif", "for", "template.");
	private static final List<String> WORD_DIRECTIVES = List.of("else", "endif", "endfor", "raw", "endraw");

	private final String source;
	private final List<Literal> literals = new ArrayList<>();
	private int pos;

	private TemplateText(String source) {
		this.source = source;
	}

	static List<Literal> literalsIn(String template) {
		var reader = new TemplateText(template);
		reader.template(false);
		return reader.literals;
	}

	/** Template text up to the end, or up to the backtick that closes a content block. */
	private void template(boolean inContentBlock) {
		StringBuilder text = new StringBuilder();
		int textStart = pos;
		while (pos < source.length()) {
			char c = source.charAt(pos);
			if (inContentBlock && c == '`') {
				pos++;
				break;
			}
			boolean boundary = true;
			if (startsWith("<%--")) {
				skipPast("--%>");
			} else if (startsWith("<!--")) {
				skipPast("-->");
			} else if (expressionAhead()) {
				expression();
			} else if (c == '@' && directiveAhead()) {
				directive();
			} else if (c == '<' && pos + 1 < source.length() && isTagStart(source.charAt(pos + 1))) {
				tag();
			} else {
				boundary = false;
				if (text.isEmpty()) {
					textStart = pos;
				}
				text.append(c);
				pos++;
			}
			if (boundary) {
				check(textStart, text.toString());
				text.setLength(0);
			}
		}
		check(textStart, text.toString());
	}

	private void tag() {
		int start = pos;
		pos++;
		boolean closing = startsWith("/");
		if (source.startsWith("!", pos) || closing) {
			skipPast(">");
			return;
		}
		String name = word().toLowerCase(Locale.ROOT);
		Map<String, String> attributes = new TreeMap<>();
		while (pos < source.length()) {
			skipWhitespace();
			if (startsWith(">") || startsWith("/>")) {
				skipPast(">");
				break;
			}
			if (expressionAhead()) {
				expression();
				continue;
			}
			if (source.charAt(pos) == '@' && directiveAhead()) {
				directive();
				continue;
			}
			String attribute = attributeName().toLowerCase(Locale.ROOT);
			skipWhitespace();
			String value = "";
			if (startsWith("=")) {
				pos++;
				skipWhitespace();
				value = attributeValue();
			}
			attributes.put(attribute, value);
		}
		for (var attribute : attributes.entrySet()) {
			boolean visible = VISIBLE_ATTRIBUTES.contains(attribute.getKey())
					|| attribute.getKey().equals("value") && (name.equals("button")
							|| name.equals("input") && BUTTON_INPUT_TYPES.contains(attributes.getOrDefault("type", "text")));
			if (visible) {
				check(start, attribute.getValue());
			}
		}
		if (name.equals("script") || name.equals("style")) {
			skipPast("</" + name);
			skipPast(">");
		}
	}

	/** The literal part of an attribute value; expressions and directives inside it are left out. */
	private String attributeValue() {
		StringBuilder value = new StringBuilder();
		char quote = source.charAt(pos);
		boolean quoted = quote == '"' || quote == '\'';
		if (quoted) {
			pos++;
		}
		while (pos < source.length()) {
			char c = source.charAt(pos);
			if (quoted ? c == quote : (Character.isWhitespace(c) || c == '>')) {
				if (quoted) {
					pos++;
				}
				break;
			}
			if (expressionAhead()) {
				expression();
				value.append(' ');
			} else if (c == '@' && directiveAhead()) {
				directive();
			} else {
				value.append(c);
				pos++;
			}
		}
		return value.toString();
	}

	private void expression() {
		String opener = EXPRESSIONS.stream().filter(this::startsWith).findFirst().orElseThrow();
		pos += opener.length();
		code('}');
	}

	private void directive() {
		pos++;
		if (startsWith("import") || startsWith("param")) {
			skipPast("\n");
			return;
		}
		String name = BLOCK_DIRECTIVES.stream().filter(this::startsWith).findFirst().orElse(null);
		if (name == null) {
			pos += WORD_DIRECTIVES.stream().filter(this::startsWith).findFirst().orElseThrow().length();
			return;
		}
		while (pos < source.length() && source.charAt(pos) != '(') {
			pos++;
		}
		pos++;
		code(')');
	}

	/** Java code up to the closing character; content blocks inside it are templates again. */
	private void code(char closing) {
		int depth = 0;
		while (pos < source.length()) {
			char c = source.charAt(pos);
			if (startsWith("@`")) {
				pos += 2;
				template(true);
				continue;
			}
			if (c == '"' || c == '\'') {
				skipJavaLiteral(c);
				continue;
			}
			pos++;
			if (c == '(' || c == '{' || c == '[') {
				depth++;
			} else if (c == ')' || c == '}' || c == ']') {
				if (depth == 0 && c == closing) {
					return;
				}
				depth--;
			}
		}
	}

	private void skipJavaLiteral(char quote) {
		pos++;
		while (pos < source.length() && source.charAt(pos) != quote) {
			pos += source.charAt(pos) == '\\' ? 2 : 1;
		}
		pos++;
	}

	private void check(int start, String text) {
		String rest = ALLOWED.matcher(text).replaceAll(" ");
		if (LETTER.matcher(rest).find()) {
			literals.add(new Literal(lineOf(start), text));
		}
	}

	private boolean expressionAhead() {
		return EXPRESSIONS.stream().anyMatch(this::startsWith);
	}

	private boolean directiveAhead() {
		return List.of("import", "param").stream().anyMatch(word -> source.startsWith(word, pos + 1))
				|| BLOCK_DIRECTIVES.stream().anyMatch(word -> source.startsWith(word, pos + 1))
				|| WORD_DIRECTIVES.stream().anyMatch(word -> source.startsWith(word, pos + 1));
	}

	private static boolean isTagStart(char c) {
		return Character.isLetter(c) || c == '/' || c == '!';
	}

	private String word() {
		int start = pos;
		while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '-')) {
			pos++;
		}
		return source.substring(start, pos);
	}

	private String attributeName() {
		int start = pos;
		while (pos < source.length() && !Character.isWhitespace(source.charAt(pos)) && "=>/".indexOf(source.charAt(pos)) < 0) {
			pos++;
		}
		if (pos == start) {
			pos++;
		}
		return source.substring(start, pos);
	}

	private void skipWhitespace() {
		while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
			pos++;
		}
	}

	private void skipPast(String marker) {
		int end = source.indexOf(marker, pos);
		pos = end < 0 ? source.length() : end + marker.length();
	}

	private boolean startsWith(String prefix) {
		return source.startsWith(prefix, pos);
	}

	private int lineOf(int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < source.length(); i++) {
			if (source.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
