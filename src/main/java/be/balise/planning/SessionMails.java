package be.balise.planning;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.mail.Attachment;
import be.balise.mail.Outbox;
import be.balise.mail.OutgoingMail;
import be.balise.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails a worker receives about their sessions, each with an iCalendar file. They say when, where and
 * to whom (the first name) and nothing else, and they are queued in the caller's transaction.
 */
@Component
class SessionMails {

	enum Change { NEW, MOVED, CANCELLED, REMINDER }

	private final Outbox outbox;
	private final CalendarFiles files;
	private final MessageSource messages;
	private final Clock clock;
	private final Sessions sessions;
	private final AccountService accounts;

	SessionMails(Outbox outbox, CalendarFiles files, MessageSource messages, Clock clock, Sessions sessions,
			AccountService accounts) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.outbox = outbox;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Queues the mail of a change. The place is content (encrypted in the database) and the outbox holds no
	 * content (SECURITY.md D1): the mail and its calendar file give the modality and send the worker to their
	 * space for the address or the link.
	 */
	UUID send(Change change, SessionView session, CurrentUser worker) {
		Locale locale = worker.locale();
		var start = session.startsAt().atZone(PageContext.BRUSSELS);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start);
		String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(start);
		String where = messages.getMessage("planning.modality." + session.modality().name(), null, locale);
		String subject = messages.getMessage("planning.mail." + change.name() + ".subject", new Object[] {date, time}, locale);
		String body = messages.getMessage("planning.mail." + change.name() + ".body",
				new Object[] {firstName(worker.displayName()), date, time, session.durationMinutes(), where}, locale);
		var event = new CalendarFiles.Event(uid(session), session.startsAt(), session.durationMinutes(),
				messages.getMessage("planning.calendar.worker.summary", null, locale), where, session.sequence(),
				change == Change.CANCELLED, organizer(session));
		byte[] ics = files.write(List.of(event), clock.instant());
		return outbox.enqueue(new OutgoingMail(worker.email(), subject, body, session.bilanId()),
				List.of(new Attachment("entretien.ics", CalendarFiles.MEDIA_TYPE, ics)));
	}

	private CalendarFiles.Organizer organizer(SessionView session) {
		return sessions.counsellorOf(session.id()).flatMap(id -> accounts.findById(new AccountId(id)))
				.map(counsellor -> new CalendarFiles.Organizer(counsellor.email(), counsellor.displayName())).orElse(null);
	}

	static String uid(SessionView session) {
		return session.id() + "@balise";
	}

	/** The first word of a display name: all a mail or a calendar ever says of the worker. */
	static String firstName(String displayName) {
		String trimmed = displayName == null ? "" : displayName.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}
}
