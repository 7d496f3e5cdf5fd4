package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import be.balise.web.PageContext;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The counsellor's private calendar feed and the reminders: times in Europe/Brussels on both sides of the
 * daylight-saving change of 25 October 2026, a token stored only as its hash, and one reminder per session.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C4")
class CalendarFeedTest {

	private static final Pattern ADDRESS = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;
	@Autowired SessionReminders reminders;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void buildTheWorld() {
		world = worlds.create();
		worker = world.worker("Bastien");
		bilan = world.investigating(worker, "raisons du bilan", "motivations du bilan");
	}

	@Test
	void theFeedPlacesSessionsRightAcrossTheDaylightSavingChange() throws Exception {
		// 25 October 2026, 03:00 summer time becomes 02:00 winter time in Brussels.
		Instant before = brussels("2026-10-24T10:00");
		Instant across = brussels("2026-10-25T01:30");
		Instant after = brussels("2026-10-25T10:00");
		for (Instant start : List.of(before, across, after)) {
			sessions.plan(world.counsellor, bilan, new SessionPlan(start, 120, Modality.IN_PERSON, "Place Flagey 7"));
		}
		assertThat(before).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
		assertThat(after).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));

		String token = renew(world.counsellor);
		byte[] feed = mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse().getContentAsByteArray();
		List<VEvent> events = SessionsTest.parse(feed).getComponents("VEVENT");

		assertThat(events).extracting(event -> Instant.from(event.getStartDate().orElseThrow().getDate()))
				.contains(before, across, after);
		VEvent spanning = events.stream().filter(e -> Instant.from(e.getStartDate().orElseThrow().getDate()).equals(across))
				.findFirst().orElseThrow();
		assertThat(Instant.from(spanning.getEndDate().orElseThrow().getDate()))
				.isEqualTo(across.plus(Duration.ofMinutes(120)));
		String text = new String(feed, StandardCharsets.UTF_8);
		assertThat(text).contains("TZID=Europe/Brussels").contains("BEGIN:VTIMEZONE").contains("Bastien")
				.contains("Place Flagey 7").doesNotContain(worker.displayName()).doesNotContain("raisons du bilan")
				.doesNotContain(worker.email());
	}

	@Test
	void everyEventOfTheFeedAndOfTheMailsCarriesAStampAnOrganizerAndAUidAcrossTheSpringChange() throws Exception {
		// 28 March 2027, 02:00 winter time becomes 03:00 summer time in Brussels: a session from 01:30 lasts across it.
		Instant across = brussels("2027-03-28T01:30");
		Instant after = brussels("2027-03-28T10:00");
		assertThat(after).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
		for (Instant start : List.of(across, after)) {
			sessions.plan(world.counsellor, bilan, new SessionPlan(start, 90, Modality.REMOTE, null));
		}
		byte[] feed = feed(renew(world.counsellor));
		List<VEvent> events = SessionsTest.parse(feed).getComponents("VEVENT");
		assertThat(events).isNotEmpty().allSatisfy(event -> {
			assertThat(event.getDateTimeStamp()).isNotNull();
			assertThat(event.getUid()).isPresent();
			assertThat(event.getOrganizer().getValue()).isEqualTo("mailto:" + world.counsellor.email());
		});
		VEvent spring = events.stream().filter(e -> Instant.from(e.getStartDate().orElseThrow().getDate()).equals(across))
				.findFirst().orElseThrow();
		assertThat(Instant.from(spring.getEndDate().orElseThrow().getDate())).isEqualTo(across.plus(Duration.ofMinutes(90)));
		assertThat(events).extracting(e -> Instant.from(e.getStartDate().orElseThrow().getDate())).contains(after);

		List<byte[]> attachments = jdbc.sql("select a.content from outbox_attachment a join outbox_message m on m.id = a.message"
				+ " where m.bilan_id = :bilan").param("bilan", bilan.value()).query(byte[].class).list();
		assertThat(attachments).isNotEmpty();
		for (byte[] ics : attachments) {
			VEvent event = SessionsTest.onlyEvent(ics);
			assertThat(event.getDateTimeStamp()).isNotNull();
			assertThat(event.getUid()).isPresent();
			assertThat(event.getOrganizer()).isNotNull();
		}
	}

	@Test
	void theMailedInvitationAcrossTheChangeParsesToTheSameInstant() throws Exception {
		Instant across = brussels("2026-10-25T02:30").plus(Duration.ofHours(1));
		sessions.plan(world.counsellor, bilan, new SessionPlan(across, 60, Modality.PHONE, null));
		byte[] ics = jdbc.sql("""
				select a.content from outbox_attachment a join outbox_message m on m.id = a.message
				where m.bilan_id = :bilan order by m.queued_at desc limit 1""").param("bilan", bilan.value())
				.query(byte[].class).single();
		VEvent event = SessionsTest.onlyEvent(ics);
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(across);
	}

	@Test
	void onlyTheHashOfTheTokenIsKeptAndRenewingRevokesTheOldAddress() throws Exception {
		CurrentUser counsellor = world.colleague;
		String first = renew(counsellor);
		assertThat(mvc.perform(get("/calendar/" + first + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(200);

		byte[] stored = jdbc.sql("select token_sha256 from calendar_feed where counsellor_id = :id")
				.param("id", counsellor.id().value()).query(byte[].class).single();
		assertThat(stored).isEqualTo(CalendarFeedService.sha256(first)).isNotEqualTo(first.getBytes(StandardCharsets.UTF_8));
		assertThat(mvc.perform(get("/counsellor/calendar").with(user(counsellor))).andReturn().getResponse()
				.getContentAsString()).doesNotContain(first);

		String second = renew(counsellor);
		assertThat(mvc.perform(get("/calendar/" + first + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/calendar/" + second + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/calendar/" + UUID.randomUUID() + ".ics")).andReturn().getResponse().getStatus())
				.isEqualTo(404);
	}

	@Test
	void aColleaguesFeedHoldsNoneOfThisBilansSessions() throws Exception {
		UUID session = sessions.plan(world.counsellor, bilan, new SessionPlan(Instant.now().plus(Duration.ofDays(6)), 60,
				Modality.REMOTE, "https://visio.example/salle-bastien"));
		String mine = new String(feed(renew(world.counsellor)), StandardCharsets.UTF_8);
		String theirs = new String(feed(renew(world.otherOperatorCounsellor)), StandardCharsets.UTF_8);

		assertThat(mine).contains(session + "@balise").contains("salle-bastien");
		assertThat(theirs).doesNotContain(session.toString()).doesNotContain("salle-bastien").doesNotContain("Bastien");
	}

	@Test
	void theReminderGoesOutOnceTheDayBeforeWhateverTheNumberOfRuns() {
		BilanId reminded = world.investigating(world.worker("Chloé"), "raisons", "motivations");
		Instant start = brussels("2031-02-12T14:00");
		UUID session = sessions.plan(world.counsellor, reminded, new SessionPlan(start, 60, Modality.IN_PERSON, "Salle 2"));

		Clock twoDaysBefore = Clock.fixed(brussels("2031-02-10T09:00"), ZoneOffset.UTC);
		reminders.sendDue(twoDaysBefore);
		assertThat(remindersOf(session)).isZero();

		Clock dayBefore = Clock.fixed(brussels("2031-02-11T09:00"), ZoneOffset.UTC);
		reminders.sendDue(dayBefore);
		reminders.sendDue(Clock.offset(dayBefore, Duration.ofHours(1)));
		assertThat(remindersOf(session)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from outbox_message where bilan_id = :bilan and subject like 'Rappel%'")
				.param("bilan", reminded.value()).query(Integer.class).single()).isEqualTo(1);
	}

	private int remindersOf(UUID session) {
		return jdbc.sql("select count(*) from session_reminder where session_id = :id").param("id", session)
				.query(Integer.class).single();
	}

	private String renew(CurrentUser counsellor) throws Exception {
		String page = mvc.perform(post("/counsellor/calendar").with(user(counsellor)).with(csrf())).andReturn().getResponse()
				.getContentAsString();
		var matcher = ADDRESS.matcher(page);
		assertThat(matcher.find()).as("the new address is shown").isTrue();
		return matcher.group(1);
	}

	private byte[] feed(String token) throws Exception {
		return mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse().getContentAsByteArray();
	}

	private static Instant brussels(String local) {
		return LocalDateTime.parse(local).atZone(PageContext.BRUSSELS).toInstant();
	}
}
