package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.balise.identity.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The three bundles say the same things: same keys, no empty text, and every key a template or a class asks for
 * exists. Keys built at run time ({@code "web.error." + kind + ".title"}) need at least one key of that shape.
 */
@Tag("balises-C1")
class MessageBundlesTest {

	static final List<String> LANGUAGES = List.of("fr", "nl", "en");
	static final Path RESOURCES = Path.of("src", "main", "resources");

	/** {@code t("key"} followed by the rest of a concatenation, if any, in templates and in Java. */
	private static final Pattern KEY_USE = Pattern.compile(
			"(?:\\bt|getMessage)\\(\\s*\"([a-z][\\w.]*)\"((?:\\s*\\+\\s*(?:\"[^\"]*\"|[\\w.()]+))*)");
	/** A method whose name ends in Key and returns a key, such as {@code Role.messageKey()}. */
	private static final Pattern KEY_METHOD = Pattern.compile(
			"\\w*[kK]ey\\(\\)\\s*\\{\\s*return\\s+\"([a-z][\\w.]*)\"((?:\\s*\\+\\s*(?:\"[^\"]*\"|[\\w.()]+))*)");
	private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyKeyExistsInAllThreeLanguagesWithAText() throws IOException {
		Map<String, Properties> bundles = bundles();
		Set<String> allKeys = new TreeSet<>();
		bundles.values().forEach(bundle -> allKeys.addAll(bundle.stringPropertyNames()));

		for (var bundle : bundles.entrySet()) {
			assertThat(new TreeSet<>(bundle.getValue().stringPropertyNames())).as("keys of messages_%s", bundle.getKey())
					.containsExactlyElementsOf(allKeys);
			assertThat(bundle.getValue().stringPropertyNames()).as("empty texts in messages_%s", bundle.getKey())
					.allSatisfy(key -> assertThat(bundle.getValue().getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (var bundle : bundles().entrySet()) {
			Properties texts = bundle.getValue();
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				boolean formatted = PLACEHOLDER.matcher(text).find();
				if (formatted && LONE_APOSTROPHE.matcher(text).find() || !formatted && text.contains("''")) {
					wrong.add(bundle.getKey() + ": " + key);
				}
			}
		}

		assertThat(wrong).as("a text with {0} goes through MessageFormat and needs '' for an apostrophe; "
				+ "a text without arguments is shown as written and needs a single '").isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndClassesExists() throws IOException {
		Set<String> keys = bundles().get("fr").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		int uses = 0;
		for (Path file : sources()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			for (Pattern pattern : List.of(KEY_USE, KEY_METHOD)) {
				Matcher use = pattern.matcher(source);
				while (use.find()) {
					uses++;
					String prefix = use.group(1);
					String suffix = lastLiteral(use.group(2));
					boolean dynamic = !use.group(2).isBlank();
					boolean found = dynamic
							? keys.stream().anyMatch(key -> key.startsWith(prefix) && key.endsWith(suffix))
							: keys.contains(prefix);
					if (!found) {
						missing.add(file + ": " + prefix + (dynamic ? "…" + suffix : ""));
					}
				}
			}
		}

		assertThat(uses).as("keys found in the sources").isPositive();
		assertThat(missing).as("message keys used but absent from the bundles").isEmpty();
		System.out.println("Message keys: " + uses + " uses in templates and classes, " + keys.size() + " keys per language");
	}

	@Test
	void everyRoleHasItsNameInEveryLanguage() throws IOException {
		for (Properties bundle : bundles().values()) {
			assertThat(bundle.stringPropertyNames())
					.containsAll(Stream.of(Role.values()).map(Role::messageKey).toList());
		}
	}

	/** The last string literal of a concatenation, when it ends with one; otherwise any suffix will do. */
	private static String lastLiteral(String concatenation) {
		String trimmed = concatenation.strip();
		if (!trimmed.endsWith("\"")) {
			return "";
		}
		Matcher literal = LITERAL.matcher(trimmed);
		String last = "";
		while (literal.find()) {
			last = literal.group(1);
		}
		return last;
	}

	private static List<Path> sources() throws IOException {
		List<Path> sources = new ArrayList<>();
		for (Path root : List.of(Path.of("src", "main", "jte"), Path.of("src", "main", "java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(path -> path.toString().endsWith(".jte") || path.toString().endsWith(".java"))
						.sorted().forEach(sources::add);
			}
		}
		return sources;
	}

	static Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			var bundle = new Properties();
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages_" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			bundles.put(language, bundle);
		}
		return bundles;
	}
}
