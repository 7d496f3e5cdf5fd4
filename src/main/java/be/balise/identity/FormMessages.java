package be.balise.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The messages of a form, per field, in the reader's language; templates get them as a plain map. */
public final class FormMessages {

	private final MessageSource messages;
	private final Map<String, List<String>> byField = new LinkedHashMap<>();

	public FormMessages(MessageSource messages) {
		this.messages = messages;
	}

	public FormMessages add(String field, String key, Object... args) {
		String text = messages.getMessage(key, args, LocaleContextHolder.getLocale());
		byField.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
		return this;
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public Map<String, List<String>> asMap() {
		return Map.copyOf(byField);
	}
}
