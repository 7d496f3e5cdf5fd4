package be.balise.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import be.balise.web.PageContext;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545) for sessions: times carry the Europe/Brussels zone with its VTIMEZONE, so that
 * calendar applications place them right on both sides of a daylight-saving change.
 */
@Component
class CalendarFiles {

	/** The media type of the files, for attachments and the feed. */
	static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	/** One event: a session's time, a title without content, the place, and how often it changed. */
	record Event(String uid, Instant startsAt, int durationMinutes, String summary, String place, int sequence,
			boolean cancelled, Organizer organizer) {
	}

	/** Who arranges the event: the counsellor, by e-mail address and name. */
	record Organizer(String email, String name) {
	}

	private final VTimeZone brussels;
	private final ZoneId zone;

	CalendarFiles() {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		var timeZone = registry.getTimeZone(PageContext.BRUSSELS.getId());
		this.brussels = timeZone.getVTimeZone();
		this.zone = timeZone.toZoneId();
	}

	byte[] write(List<Event> events, Instant now) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Balise//Planning//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(brussels);
		for (Event event : events) {
			calendar.add(vevent(event, now));
		}
		var out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter().output(calendar, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (ValidationException e) {
			throw new IllegalStateException("An invalid calendar was built", e);
		}
		return out.toByteArray();
	}

	/**
	 * The start in Brussels time, except during the hour that occurs twice when summer time ends: there a local
	 * time names two instants and readers take the first (RFC 5545 §3.3.5), so such a start is written in UTC.
	 */
	private Temporal start(Instant instant) {
		var local = instant.atZone(zone);
		boolean ambiguous = zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
		return ambiguous ? instant : local;
	}

	private VEvent vevent(Event event, Instant now) {
		var vevent = new VEvent(start(event.startsAt()), Duration.ofMinutes(event.durationMinutes()), event.summary());
		vevent.add(new Uid(event.uid()));
		// The constructor stamps the event with the wall clock; the stamp must be the one instant Balise wrote it.
		vevent.replace(new DtStamp(now));
		vevent.add(new Sequence(event.sequence()));
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (event.organizer() != null && event.organizer().email() != null) {
			var organizer = new net.fortuna.ical4j.model.property.Organizer(URI.create("mailto:" + event.organizer().email()));
			if (event.organizer().name() != null && !event.organizer().name().isBlank()) {
				organizer.add(new Cn(event.organizer().name()));
			}
			vevent.add(organizer);
		}
		if (event.place() != null && !event.place().isBlank()) {
			vevent.add(new Location(event.place()));
		}
		return vevent;
	}
}
