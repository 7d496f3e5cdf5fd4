package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import be.balise.web.PageContext;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sessions through the pages: the counsellor plans, moves and records them, the worker sees them and asks for a
 * move, every change reaches the worker by e-mail with a valid iCalendar file, and nobody else gets anything.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C4")
class SessionsTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void buildTheWorld() {
		world = worlds.create();
		worker = world.worker("Amandine");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
	}

	@Test
	void theWorkerSeesAPlannedSessionWithItsPlaceAndReceivesAnInvitation() throws Exception {
		var done = mvc.perform(post("/counsellor/bilans/" + bilan + "/sessions").with(user(world.counsellor)).with(csrf())
				.param("date", "2027-03-10").param("time", "14:00").param("durationMinutes", "90")
				.param("modality", "IN_PERSON").param("place", "Rue Haute 12, bureau 3")).andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(302);

		String page = body(get("/worker/bilans/" + bilan + "/sessions"), worker);
		assertThat(page).contains("Rue Haute 12, bureau 3").contains("Sur place");

		var mail = lastMail(bilan);
		assertThat(mail.get("recipient")).isEqualTo(worker.email());
		// SECURITY.md D1: the place is content, so neither the mail nor its calendar file (both kept in the outbox) hold it.
		assertThat((String) mail.get("body")).contains("Amandine").contains("Sur place").contains("14:00")
				.doesNotContain("Rue Haute").doesNotContain("mes raisons").doesNotContain("mes motivations");
		VEvent event = onlyEvent(attachment((UUID) mail.get("id")));
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
				.isEqualTo(LocalDateTime.parse("2027-03-10T14:00").atZone(PageContext.BRUSSELS).toInstant());
		assertThat(event.getLocation() == null ? "" : event.getLocation().getValue()).doesNotContain("Rue Haute");
		assertThat(new String(attachment((UUID) mail.get("id")), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Rue Haute");
		assertThat(event.getDateTimeStamp()).isNotNull();
		assertThat(event.getOrganizer().getValue()).isEqualTo("mailto:" + world.counsellor.email());
	}

	@Test
	void theWorkerAsksToMoveASessionAndTheCounsellorReadsTheReason() throws Exception {
		UUID session = sessions.plan(world.counsellor, bilan, in(10), 60);
		var ask = post("/worker/bilans/" + bilan + "/sessions/" + session + "/move-request").with(csrf())
				.param("reason", "Je travaille en équipe du matin cette semaine-là");

		CurrentUser stranger = world.worker("intrus");
		assertThat(status(ask, stranger)).isEqualTo(404);
		assertThat(body(get("/counsellor/bilans/" + bilan + "/sessions"), world.counsellor))
				.doesNotContain("équipe du matin");

		assertThat(status(ask, worker)).isEqualTo(302);
		assertThat(body(get("/counsellor/bilans/" + bilan + "/sessions"), world.counsellor)).contains("équipe du matin");
		assertThat(body(get("/worker/bilans/" + bilan + "/sessions"), worker)).contains("Demande de déplacement envoyée");
	}

	@Test
	void movingASessionSettlesTheRequestAndSendsTheNewTimeWithAHigherSequence() throws Exception {
		UUID session = sessions.plan(world.counsellor, bilan, in(20), 60);
		sessions.askToMove(worker, bilan, session, "Rendez-vous médical");
		var move = post("/counsellor/bilans/" + bilan + "/sessions/" + session + "/move").with(csrf())
				.param("date", "2027-05-04").param("time", "09:30").param("durationMinutes", "120");

		assertThat(status(move, world.colleague)).isEqualTo(404);
		assertThat(status(move, world.counsellor)).isEqualTo(302);

		assertThat(sessions.openMoveRequests(world.counsellor, bilan)).extracting(MoveRequest::sessionId).doesNotContain(session);
		var mail = lastMail(bilan);
		assertThat((String) mail.get("subject")).startsWith("Entretien déplacé");
		VEvent event = onlyEvent(attachment((UUID) mail.get("id")));
		assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(session + "@balise");
	}

	@Test
	void aSessionCancelledByTheWorkerSaysSoAndTheCalendarFileCancelsIt() throws Exception {
		UUID session = sessions.plan(world.counsellor, bilan, in(30), 60);
		var cancel = post("/counsellor/bilans/" + bilan + "/sessions/" + session).with(csrf())
				.param("status", SessionService.Outcome.CANCELLED_BY_WORKER.name());

		assertThat(status(cancel, world.otherOperatorCounsellor)).isEqualTo(404);
		assertThat(status(cancel, world.counsellor)).isEqualTo(302);

		assertThat(sessions.list(world.counsellor, bilan)).filteredOn(s -> s.id().equals(session)).singleElement()
				.satisfies(s -> {
					assertThat(s.status()).isEqualTo("CANCELLED");
					assertThat(s.cancelledBy()).isEqualTo("WORKER");
				});
		VEvent event = onlyEvent(attachment((UUID) lastMail(bilan).get("id")));
		assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void theAgreedRhythmIsRecordedOnTheBilanAndShownToTheWorker() throws Exception {
		var agree = post("/counsellor/bilans/" + bilan + "/rhythm").with(csrf()).param("everyWeeks", "2");
		assertThat(status(agree, world.colleague)).isEqualTo(404);
		assertThat(status(agree, world.counsellor)).isEqualTo(302);

		assertThat(sessions.rhythm(world.fundOfficer, bilan)).contains(2);
		assertThat(body(get("/worker/bilans/" + bilan + "/sessions"), worker)).contains("toutes les 2 semaine");
	}

	@Test
	void theFundAndTheOperatorSeeDatesAndHoursButNeverThePlace() {
		sessions.plan(world.counsellor, bilan, new SessionPlan(in(40), 60, Modality.REMOTE, "https://visio.example/secret-room"));

		assertThat(sessions.list(world.fundOfficer, bilan)).isNotEmpty();
		assertThat(sessions.list(world.operatorAdmin, bilan)).isNotEmpty();
		assertThat(sessions.hours(world.fundOfficer, bilan)).isNotNull();
		assertThatThrownBy(() -> sessions.details(world.fundOfficer, bilan)).isInstanceOf(BilanNotFound.class);
		assertThatThrownBy(() -> sessions.details(world.operatorAdmin, bilan)).isInstanceOf(BilanNotFound.class);
		assertThatThrownBy(() -> sessions.details(world.colleague, bilan)).isInstanceOf(BilanNotFound.class);
		assertThat(sessions.details(worker, bilan)).extracting(SessionDetail::place).contains("https://visio.example/secret-room");
	}

	@Test
	void theFundSeesDatesAndHoursPerBilanWithoutThePlace() throws Exception {
		sessions.plan(world.counsellor, bilan, new SessionPlan(in(41), 45, Modality.IN_PERSON, "Avenue Louise 99"));
		String fund = body(get("/fund/bilans/" + bilan + "/sessions"), world.fundOfficer);
		String operator = body(get("/operator/bilans/" + bilan + "/sessions"), world.operatorAdmin);
		assertThat(fund).contains("Heures réalisées").contains("45").doesNotContain("Avenue Louise");
		assertThat(operator).contains("Heures réalisées").doesNotContain("Avenue Louise");
		assertThat(body(get("/counsellor/bilans/" + bilan + "/sessions"), world.counsellor)).contains("Avenue Louise 99");
	}

	@Test
	void servesEachSessionFragmentToItsOwnerAndNobodyElse() throws Exception {
		for (var page : Map.of("/counsellor/bilans/" + bilan + "/sessions", world.counsellor,
				"/worker/bilans/" + bilan + "/sessions", worker, "/fund/bilans/" + bilan + "/sessions", world.fundOfficer,
				"/operator/bilans/" + bilan + "/sessions", world.operatorAdmin).entrySet()) {
			assertThat(status(get(page.getKey()), page.getValue())).as(page.getKey()).isEqualTo(200);
			for (CurrentUser other : everyone().filter(person -> !person.equals(page.getValue())).toList()) {
				int status = status(get(page.getKey()), other);
				assertThat(status).as("%s for %s", page.getKey(), other.displayName()).isIn(403, 404);
				if (other.roles().equals(page.getValue().roles())) {
					assertThat(status).as("%s for %s, same role", page.getKey(), other.displayName()).isEqualTo(404);
				}
			}
		}
	}

	@Test
	void planningBeyondTheSchemeMaximumNeedsTheCounsellorsConfirmation() throws Exception {
		CurrentUser hurried = world.worker("presse");
		BilanId tight = world.investigating(hurried, "raisons", "motivations");
		jdbc.sql("update scheme set max_hours = 2 where id = :id").param("id", world.scheme.id().value()).update();
		try {
			sessions.plan(world.counsellor, tight, in(5), 105);
			assertThat(body(get("/counsellor/bilans/" + tight + "/sessions"), world.counsellor))
					.contains("approchent du maximum");

			var over = post("/counsellor/bilans/" + tight + "/sessions").with(user(world.counsellor)).with(csrf())
					.param("date", "2027-06-01").param("time", "10:00").param("durationMinutes", "60").param("modality", "PHONE");
			assertThat(mvc.perform(over).andReturn().getFlashMap().get("problem")).isEqualTo("planning.hours.wouldExceed");
			assertThat(sessions.list(world.counsellor, tight)).hasSize(1);

			mvc.perform(post("/counsellor/bilans/" + tight + "/sessions").with(user(world.counsellor)).with(csrf())
					.param("date", "2027-06-01").param("time", "10:00").param("durationMinutes", "60").param("modality", "PHONE")
					.param("overrun", "true"));
			assertThat(sessions.list(world.counsellor, tight)).hasSize(2);
		} finally {
			jdbc.sql("update scheme set max_hours = null where id = :id").param("id", world.scheme.id().value()).update();
		}
	}

	@Test
	void heldSessionsCountAsHoursAndOthersDoNot() {
		BilanId counted = world.investigating(world.worker("heures"), "raisons", "motivations");
		UUID held = sessions.plan(world.counsellor, counted, in(-3), 90);
		UUID missed = sessions.plan(world.counsellor, counted, in(-2), 60);
		sessions.plan(world.counsellor, counted, in(2), 45);
		sessions.record(world.counsellor, counted, held, SessionService.Outcome.HELD);
		sessions.record(world.counsellor, counted, missed, SessionService.Outcome.MISSED);

		Hours hours = sessions.hours(world.fundOfficer, counted);
		assertThat(hours.heldMinutes()).isEqualTo(90);
		assertThat(hours.plannedMinutes()).isEqualTo(45);
		assertThat(hours.held()).isEqualTo("1 h 30");
	}

	private Stream<CurrentUser> everyone() {
		return Stream.of(worker, world.worker("autre"), world.counsellor, world.colleague, world.otherOperatorCounsellor,
				world.operatorAdmin, world.otherOperatorAdmin, world.fundOfficer, world.otherFundOfficer, world.platformAdmin);
	}

	static Instant in(int days) {
		return Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
	}

	Map<String, Object> lastMail(BilanId of) {
		return jdbc.sql("select id, recipient, subject, body from outbox_message where bilan_id = :bilan order by queued_at desc limit 1")
				.param("bilan", of.value()).query().singleRow();
	}

	byte[] attachment(UUID message) {
		return jdbc.sql("select content from outbox_attachment where message = :id and file_name like '%.ics'")
				.param("id", message).query(byte[].class).single();
	}

	static Calendar parse(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(calendar.validate().getEntries()).as("ical4j validation").isEmpty();
		return calendar;
	}

	static VEvent onlyEvent(byte[] ics) throws Exception {
		List<VEvent> events = parse(ics).getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
