package be.balise.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every template needs besides its own data: translated texts, the CSRF field, the signed-in
 * person and the current path. Given to all pages as the model attribute {@code ctx}.
 */
public final class PageContext {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final MessageSource messages;
	private final Locale locale;
	private final CsrfToken csrf;
	private final CurrentUser user;
	private final String path;
	private final String flash;
	private final String problem;

	public PageContext(MessageSource messages, Locale locale, CsrfToken csrf, CurrentUser user, String path) {
		this(messages, locale, csrf, user, path, null, null);
	}

	/** {@code flash} and {@code problem} are message keys carried over a redirect (never content). */
	public PageContext(MessageSource messages, Locale locale, CsrfToken csrf, CurrentUser user, String path, String flash,
			String problem) {
		this.messages = messages;
		this.locale = locale;
		this.csrf = csrf;
		this.user = user;
		this.path = path;
		this.flash = flash;
		this.problem = problem;
	}

	/** The key of the confirmation to show after a redirect, or null. */
	public String flash() {
		return flash;
	}

	/** The key of the problem to show after a redirect, or null. */
	public String problem() {
		return problem;
	}

	public Locale locale() {
		return locale;
	}

	/** The text of {@code key} in the reader's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public String language() {
		return locale.getLanguage();
	}

	public List<String> languages() {
		return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	public boolean signedIn() {
		return user != null;
	}

	public Optional<CurrentUser> user() {
		return Optional.ofNullable(user);
	}

	public List<Role> roles() {
		return user == null ? List.of() : List.of(Role.values()).stream().filter(user::has).toList();
	}

	public String path() {
		return path;
	}

	/** Date and time as people in Belgium read them, whatever the server's zone. */
	public String dateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale).withZone(BRUSSELS).format(instant);
	}

	public String date(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale).withZone(BRUSSELS).format(instant);
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}
}
