package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanNotFound;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Free slots: the counsellor publishes them, a worker they accompany picks one and it becomes a session mailed with
 * its calendar file; a slot is taken once even when two workers click together; nobody else sees or takes them.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-C4")
class FreeSlotsTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired FreeSlotService slots;
	@Autowired SessionService sessions;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void buildTheWorld() {
		world = worlds.create();
		worker = world.worker("Clémence");
		bilan = world.investigating(worker, "raisons du créneau", "motivations du créneau");
	}

	@Test
	void theCounsellorPublishesASlotAndTheWorkerPicksItAsASession() throws Exception {
		var publish = post("/counsellor/slots").with(csrf()).param("date", "2027-10-31").param("time", "02:30")
				.param("durationMinutes", "60").param("modality", "REMOTE");
		assertThat(mvc.perform(publish.with(user(world.counsellor))).andReturn().getResponse().getStatus()).isEqualTo(302);
		Instant startsAt = LocalDateTime.parse("2027-10-31T02:30").atZone(PageContext.BRUSSELS).toInstant();
		FreeSlot slot = slots.mine(world.counsellor).stream().filter(s -> s.startsAt().equals(startsAt)).findFirst().orElseThrow();

		assertThat(body(get("/counsellor/slots"), world.counsellor)).contains("Libre");
		assertThat(body(get("/counsellor/slots"), world.colleague)).doesNotContain(slot.id().toString());
		assertThat(body(get("/worker/bilans/" + bilan + "/sessions"), worker)).contains(slot.id().toString());

		var take = post("/worker/bilans/" + bilan + "/slots/" + slot.id()).with(csrf());
		assertThat(status(take, world.worker("inconnu"))).isEqualTo(404);
		var taken = mvc.perform(take.with(user(worker))).andReturn();
		assertThat(taken.getFlashMap().get("flash")).isEqualTo("planning.slots.taken");

		SessionView session = sessions.list(worker, bilan).stream().filter(s -> s.startsAt().equals(startsAt)).findFirst()
				.orElseThrow();
		assertThat(session.modality()).isEqualTo(Modality.REMOTE);
		assertThat(session.planned()).isTrue();
		var mail = jdbc.sql("select id, recipient from outbox_message where bilan_id = :bilan order by queued_at desc limit 1")
				.param("bilan", bilan.value()).query().singleRow();
		assertThat(mail.get("recipient")).isEqualTo(worker.email());
		byte[] ics = jdbc.sql("select content from outbox_attachment where message = :id").param("id", mail.get("id"))
				.query(byte[].class).single();
		// 31 October 2027, 02:30 in Brussels is the hour that occurs twice: the file names the exact instant.
		VEvent event = SessionsTest.onlyEvent(ics);
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(startsAt);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(session.id() + "@balise");
		assertThat(event.getDateTimeStamp()).isNotNull();
		assertThat(event.getOrganizer().getValue()).isEqualTo("mailto:" + world.counsellor.email());

		assertThat(mvc.perform(take.with(user(worker))).andReturn().getFlashMap().get("problem")).isEqualTo("planning.slots.gone");
		assertThat(body(get("/worker/bilans/" + bilan + "/sessions"), worker)).doesNotContain(slot.id().toString());
		assertThat(body(get("/counsellor/slots"), world.counsellor)).contains("Réservé");
	}

	@Test
	void aSlotIsTakenOnceWhenTwoWorkersPickItTogether() throws Exception {
		List<BilanId> bilans = new ArrayList<>();
		List<CurrentUser> workers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			CurrentUser racer = world.worker("pressé" + i);
			workers.add(racer);
			bilans.add(world.investigating(racer, "raisons", "motivations"));
		}
		UUID slot = slots.publish(world.counsellor, SessionsTest.in(12), 60, Modality.IN_PERSON);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(workers.size());
		try {
			List<Future<FreeSlotService.Taking>> outcomes = new ArrayList<>();
			for (int i = 0; i < workers.size(); i++) {
				int index = i;
				outcomes.add(pool.submit(() -> {
					start.await();
					return slots.take(workers.get(index), bilans.get(index), slot);
				}));
			}
			start.countDown();
			List<FreeSlotService.Taking> results = new ArrayList<>();
			for (var outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).filteredOn(r -> r == FreeSlotService.Taking.TAKEN).hasSize(1);
		} finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from bilan_session s join free_slot f on f.session_id = s.id where f.id = :slot")
				.param("slot", slot).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void onlyItsCounsellorWithdrawsASlotAndOthersCannotTakeIt() throws Exception {
		UUID slot = slots.publish(world.counsellor, SessionsTest.in(14), 45, Modality.PHONE);
		var withdraw = post("/counsellor/slots/" + slot + "/withdraw").with(csrf());
		assertThat(mvc.perform(withdraw.with(user(world.colleague))).andReturn().getFlashMap().get("problem"))
				.isEqualTo("planning.slots.gone");

		CurrentUser otherWorker = world.worker("ailleurs");
		BilanId elsewhere = world.investigating(otherWorker, "raisons", "motivations");
		jdbc.sql("update bilan set counsellor_id = :colleague where id = :id").param("colleague", world.colleague.id().value())
				.param("id", elsewhere.value()).update();
		assertThat(slots.take(otherWorker, elsewhere, slot)).isEqualTo(FreeSlotService.Taking.GONE);
		assertThat(slots.offeredTo(otherWorker, elsewhere)).extracting(FreeSlot::id).doesNotContain(slot);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> slots.take(otherWorker, bilan, slot))
				.isInstanceOf(BilanNotFound.class);

		assertThat(mvc.perform(withdraw.with(user(world.counsellor))).andReturn().getFlashMap().get("flash"))
				.isEqualTo("planning.slots.withdrawn");
		assertThat(slots.offeredTo(worker, bilan)).extracting(FreeSlot::id).doesNotContain(slot);
	}

	@Test
	void aSlotInThePastIsRefusedWithTheTypedValuesKept() throws Exception {
		String page = mvc.perform(post("/counsellor/slots").with(csrf()).with(user(world.counsellor)).param("date", "2020-01-06")
				.param("time", "10:00").param("durationMinutes", "75").param("modality", "PHONE")).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("field-error").contains("2020-01-06").contains("value=\"75\"");
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString();
	}
}
