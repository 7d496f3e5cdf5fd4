package be.balise.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An address as identity reads what a person typed: trimmed, lower case, a plain local part and a dotted domain. */
public record EmailAddress(String value) {

	static final int MAX_LENGTH = 254;
	// The characters RFC 5322 allows unquoted before the @, and a dotted domain of letters, digits and hyphens.
	private static final Pattern PLAUSIBLE = Pattern.compile(
			"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9-]+(\\.[a-z0-9-]+)+");

	public EmailAddress {
		value = normalize(value);
		if (value.length() > MAX_LENGTH || !PLAUSIBLE.matcher(value).matches()) {
			throw new IllegalArgumentException("not an e-mail address");
		}
	}

	/** The address, if the text can be one; only a message to it proves that it exists. */
	public static Optional<EmailAddress> parse(String text) {
		String normalized = normalize(text);
		if (normalized.length() > MAX_LENGTH || !PLAUSIBLE.matcher(normalized).matches()) {
			return Optional.empty();
		}
		return Optional.of(new EmailAddress(normalized));
	}

	static String normalize(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return value;
	}
}
