package be.balise.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import be.balise.scheme.RuleOutcome;

/**
 * The fund officer's filters on the queue, read from the address. A value that does not parse (an edited
 * address) is dropped rather than refused: the queue then shows more, never an error page.
 */
public record QueueFilter(UUID scheme, LocalDate from, LocalDate to, RuleOutcome verdict) {

	static QueueFilter of(String scheme, String from, String to, String verdict) {
		return new QueueFilter(uuid(scheme), date(from), date(to), outcome(verdict));
	}

	/** The filters as query parameters, for the pagination links. */
	public String query() {
		StringBuilder query = new StringBuilder();
		if (scheme != null) query.append("&scheme=").append(scheme);
		if (from != null) query.append("&from=").append(from);
		if (to != null) query.append("&to=").append(to);
		if (verdict != null) query.append("&verdict=").append(verdict.name());
		return query.toString();
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static RuleOutcome outcome(String value) {
		return Arrays.stream(RuleOutcome.values()).filter(o -> o.name().equals(value)).findFirst().orElse(null);
	}
}
