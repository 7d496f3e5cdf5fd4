package be.balise.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The first versions of the reference content ship as resource files ({@code classpath:reference/}): Markdown
 * documents per language and {@code lexicon.yaml}. At start-up each kind or scheme that has no version yet gets
 * them as version 1; later versions are the fund officers' and are never overwritten.
 */
@Component
class ShippedReference implements InitializingBean {

	private final ReferenceStore store;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ShippedReference(ReferenceStore store, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		transactions.executeWithoutResult(status -> load());
	}

	private void load() {
		for (DocumentKind kind : DocumentKind.values()) {
			if (!store.hasDocument(kind)) {
				Map<String, String> texts = new LinkedHashMap<>();
				ReferenceLanguages.ALL.forEach(language -> texts.put(language,
						read("reference/documents/" + kind.slug() + "." + language + ".md")));
				store.insertDocument(kind, 1, texts, null, clock.instant());
			}
		}
		int position = 0;
		for (LexiconScheme scheme : lexicon()) {
			position++;
			if (!store.hasScheme(scheme.code())) {
				store.insertScheme(new LexiconScheme(scheme.code(), 1, position, scheme.initiators(), scheme.resultsTo(),
						scheme.employerInvolved(), scheme.purpose(), scheme.texts(), null, clock.instant()));
			}
		}
	}

	/** The shipped lexicon as read from {@code lexicon.yaml} (version 1, no author). */
	@SuppressWarnings("unchecked")
	List<LexiconScheme> lexicon() {
		Map<String, Object> root = new Yaml().load(read("reference/lexicon.yaml"));
		List<Map<String, Object>> schemes = (List<Map<String, Object>>) root.get("schemes");
		int[] position = { 0 };
		return schemes.stream().map(entry -> {
			Map<String, LexiconText> texts = new LinkedHashMap<>();
			for (String language : ReferenceLanguages.ALL) {
				Map<String, Object> text = (Map<String, Object>) entry.get(language);
				if (text == null) {
					throw new IllegalStateException("lexicon scheme " + entry.get("code") + " has no text in " + language);
				}
				texts.put(language, new LexiconText(string(text, "name"), string(text, "description"),
						string(text, "situations"), string(text, "contact")));
			}
			return new LexiconScheme((String) entry.get("code"), 1, ++position[0], parties(entry.get("initiators")),
					parties(entry.get("resultsTo")), Boolean.TRUE.equals(entry.get("employerInvolved")),
					Purpose.valueOf((String) entry.get("purpose")), texts, null, clock.instant());
		}).toList();
	}

	private static String string(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (!(value instanceof String text) || text.isBlank()) {
			throw new IllegalStateException("lexicon text without " + key);
		}
		return text.strip();
	}

	private static Set<Party> parties(Object value) {
		Set<Party> parties = EnumSet.noneOf(Party.class);
		((List<?>) value).forEach(party -> parties.add(Party.valueOf(party.toString())));
		return parties;
	}

	static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			throw new UncheckedIOException("missing reference resource " + path, e);
		}
	}
}
