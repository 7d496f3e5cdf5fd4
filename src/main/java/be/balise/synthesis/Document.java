package be.balise.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What the final synthesis shows, in the worker's language, for the PDF and for the page a share opens: the cover's
 * facts (names, scheme, date of validation; never an internal identifier), the sections as paragraphs of lines, and
 * the action plan with its live statuses.
 */
public record Document(Locale locale, String workerName, String counsellorName, String schemeName, String validatedOn,
		List<Part> parts, List<ActionItem> actions, MessageSource messages) {

	/** A section with its text as paragraphs, each a list of lines. */
	public record Part(Section section, List<List<String>> paragraphs) {
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
				.withLocale(locale).format(date);
	}

	public String language() {
		return locale.getLanguage();
	}

	static List<Part> parts(Revision revision) {
		List<Part> parts = new ArrayList<>();
		for (Section section : Section.values()) {
			parts.add(new Part(section, paragraphs(revision.section(section))));
		}
		return parts;
	}

	static List<List<String>> paragraphs(String text) {
		List<List<String>> paragraphs = new ArrayList<>();
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(Arrays.stream(paragraph.split("\\n")).map(String::stripTrailing).toList());
			}
		}
		return paragraphs;
	}
}
