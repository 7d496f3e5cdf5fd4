package be.balise.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.assessment.AssessmentAccess;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.files.PdfRenderer;
import be.balise.web.PageContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The attendance certificate a worker may hand to their employer: the held sessions that fell in working hours
 * (Monday to Friday, 8:00 to 18:00 in Brussels), with dates and hours only, nothing of what was said.
 */
@Service
public class AttendanceCertificates {

	static final LocalTime DAY_START = LocalTime.of(8, 0);
	static final LocalTime DAY_END = LocalTime.of(18, 0);

	private final SessionService sessions;
	private final AssessmentAccess access;
	private final PdfRenderer pdf;
	private final MessageSource messages;

	AttendanceCertificates(SessionService sessions, AssessmentAccess access, PdfRenderer pdf, MessageSource messages) {
		this.sessions = sessions;
		this.access = access;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** The worker's held sessions in working hours, oldest first. */
	public List<SessionView> inWorkingHours(CurrentUser worker, BilanId bilan) {
		access.requireRelation(worker, bilan, Role.WORKER);
		return sessions.list(worker, bilan).stream().filter(s -> "HELD".equals(s.status()))
				.filter(AttendanceCertificates::inWorkingHours).toList();
	}

	/** The certificate as PDF; empty sessions are the caller's to refuse. */
	public byte[] render(CurrentUser worker, BilanId bilan) {
		List<SessionView> held = inWorkingHours(worker, bilan);
		Locale locale = worker.locale();
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		List<String> lines = held.stream().map(s -> messages.getMessage("planning.attendance.line", new Object[] {
				date.format(s.startsAt().atZone(PageContext.BRUSSELS)), time.format(s.startsAt().atZone(PageContext.BRUSSELS)),
				time.format(s.endsAt().atZone(PageContext.BRUSSELS)), Hours.format(s.durationMinutes())}, locale)).toList();
		int total = held.stream().mapToInt(SessionView::durationMinutes).sum();
		return pdf.renderTemplate("planning/attendance", Map.of(
				"lang", locale.getLanguage(),
				"title", messages.getMessage("planning.attendance.title", null, locale),
				"intro", messages.getMessage("planning.attendance.intro", new Object[] {worker.displayName()}, locale),
				"lines", lines,
				"total", messages.getMessage("planning.attendance.total", new Object[] {Hours.format(total)}, locale)));
	}

	static boolean inWorkingHours(SessionView session) {
		var start = session.startsAt().atZone(PageContext.BRUSSELS);
		var end = session.endsAt().atZone(PageContext.BRUSSELS);
		DayOfWeek day = start.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && start.toLocalDate().equals(end.toLocalDate())
				&& !start.toLocalTime().isBefore(DAY_START) && !end.toLocalTime().isAfter(DAY_END);
	}
}
