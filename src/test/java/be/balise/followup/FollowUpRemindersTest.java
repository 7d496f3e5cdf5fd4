package be.balise.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.mail.MutableClock;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders of a follow-up interview with a clock the test moves: two weeks and two days before, one message to
 * the worker and one to the counsellor each time, and running the job again (as after a restart, or on another
 * instance) sends nothing more. The interview lies far ahead so that no other test's interview shares the window.
 */
@FullStackTest
@Tag("balises-C9")
class FollowUpRemindersTest {

	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired FollowUpService followUps;
	@Autowired FollowUpReminders reminders;
	@Autowired JdbcClient jdbc;

	@Test
	void eachReminderIsQueuedOnceTwoWeeksAndTwoDaysBefore() {
		World world = worlds.create();
		CurrentUser worker = world.worker("rappel");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		var form = new PlanForm();
		form.setDate(LocalDate.now().plusYears(3).withDayOfMonth(10));
		form.setTime(LocalTime.of(9, 30));
		form.setMoment("Fin de la période d’essai dans le nouveau poste");
		followUps.plan(world.counsellor, bilan, form);
		Instant planned = FollowUpService.at(form.getDate(), form.getTime());

		var clock = new MutableClock(planned.minus(Duration.ofDays(15)));
		reminders.sendDue(clock);
		assertThat(remindersOf(bilan)).isEmpty();
		assertThat(caseloadFlags(bilan)).doesNotContain("FOLLOW_UP_DUE");

		clock.advance(Duration.ofDays(1).plusHours(1));
		reminders.sendDue(clock);
		reminders.sendDue(clock);
		assertThat(remindersOf(bilan)).hasSize(2);
		assertThat(recipientsOf(bilan)).containsExactlyInAnyOrder(worker.email(), world.counsellor.email());
		assertThat(caseloadFlags(bilan)).contains("FOLLOW_UP_DUE");

		clock.advance(Duration.ofDays(6));
		reminders.sendDue(clock);
		assertThat(remindersOf(bilan)).hasSize(2);

		clock.advance(Duration.ofDays(6));
		reminders.sendDue(clock);
		reminders.sendDue(clock);
		assertThat(remindersOf(bilan)).hasSize(4);
		assertThat(jdbc.sql("select lead, recipient from follow_up_reminder r join follow_up_interview i on i.id = r.interview_id where i.bilan_id = :b")
				.param("b", bilan.value()).query().listOfRows())
				.extracting(row -> row.get("lead") + "/" + row.get("recipient"))
				.containsExactlyInAnyOrder("TWO_WEEKS/WORKER", "TWO_WEEKS/COUNSELLOR", "TWO_DAYS/WORKER", "TWO_DAYS/COUNSELLOR");

		clock.advance(Duration.ofDays(3));
		reminders.sendDue(clock);
		assertThat(remindersOf(bilan)).hasSize(4);
		// the mails say when, never what the interview is about
		assertThat(remindersOf(bilan)).noneMatch(mail -> mail.get("body").toString().contains("période d’essai"));

		journey.moveToPhase(world.counsellor, bilan, BilanState.FOLLOW_UP, null);
		var record = new RecordForm();
		record.setRecord("Entretien tenu.");
		followUps.record(world.counsellor, bilan, jdbc.sql("select id from follow_up_interview where bilan_id = :b")
				.param("b", bilan.value()).query(java.util.UUID.class).single(), record);
		assertThat(caseloadFlags(bilan)).doesNotContain("FOLLOW_UP_DUE");
	}

	/** The alerts the counsellor's caseload shows on the bilan's row. */
	private List<String> caseloadFlags(BilanId bilan) {
		return jdbc.sql("select unnest(flags) from caseload_entry where bilan_id = :b").param("b", bilan.value())
				.query(String.class).list();
	}

	private List<Map<String, Object>> remindersOf(BilanId bilan) {
		return jdbc.sql("select recipient, subject, body from outbox_message where bilan_id = :b and subject like 'Balise : entretien de suivi%'")
				.param("b", bilan.value()).query().listOfRows();
	}

	private List<String> recipientsOf(BilanId bilan) {
		return remindersOf(bilan).stream().map(mail -> mail.get("recipient").toString()).toList();
	}
}
