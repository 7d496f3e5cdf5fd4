package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bilan's timeline: sessions and phase changes in order, newest first, for the worker and the counsellor;
 * no place and no reason reaches anyone else, who gets a 404 (or 403 for another role's address).
 */
@FullStackTest
@Tag("balises-C4")
class TimelineTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;
	@Autowired Journey journey;

	@Test
	void sessionsAndPhaseChangesAppearInOrderForTheWorkerAndTheCounsellorOnly() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("Nadia");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		Instant past = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		Instant future = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		UUID held = sessions.plan(world.counsellor, bilan, new SessionPlan(past, 75, Modality.IN_PERSON, "Rue Secrète 4"));
		sessions.record(world.counsellor, bilan, held, SessionService.Outcome.HELD);
		sessions.plan(world.counsellor, bilan, new SessionPlan(future, 45, Modality.PHONE, "0470 11 22 33"));
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, "Le projet est mûr");

		String counsellor = body("/counsellor/bilans/" + bilan + "/timeline", world.counsellor);
		String mine = body("/worker/bilans/" + bilan + "/timeline", worker);
		for (String page : List.of(counsellor, mine)) {
			assertThat(page).contains("Entretien (75 min)").contains("Entretien (45 min)").contains("Par téléphone")
					.doesNotContain("Rue Secrète").doesNotContain("0470 11 22 33");
			int planned = page.indexOf("Entretien (45 min)");
			int conclusion = page.indexOf("Phase de conclusion");
			int heldAt = page.indexOf("Entretien (75 min)");
			int investigation = page.indexOf("investigation</strong>");
			// Newest first: the coming session, the phase change of today, the earlier phase, the session held two days
			// ago (recorded after the fact, before this test's bilan was walked to its phase).
			assertThat(planned).isLessThan(conclusion);
			assertThat(conclusion).isLessThan(investigation);
			assertThat(investigation).isLessThan(heldAt);
		}
		assertThat(counsellor).contains("Le projet est mûr");

		for (CurrentUser other : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status("/counsellor/bilans/" + bilan + "/timeline", other)).isEqualTo(404);
		}
		assertThat(status("/worker/bilans/" + bilan + "/timeline", world.worker("Olivier"))).isEqualTo(404);
		for (CurrentUser other : List.of(world.fundOfficer, world.operatorAdmin, world.platformAdmin)) {
			assertThat(status("/counsellor/bilans/" + bilan + "/timeline", other)).isIn(403, 404);
			assertThat(status("/worker/bilans/" + bilan + "/timeline", other)).isIn(403, 404);
		}
	}

	private String body(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getContentAsString();
	}

	private int status(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andReturn().getResponse().getStatus();
	}
}
