package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Objectives written together: both authors write, the worker comments, a concurrent edit loses nothing. */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("balises-D3")
class ObjectivesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired ObjectiveService objectives;
	@Autowired ObjectiveContent content;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeAll
	void aBilanInThePreliminaryPhase() {
		world = worlds.create();
		worker = world.worker("objectives");
		bilan = world.conducted(worker, world.operatorAdmin, world.operator, world.counsellor, "raisons", "motivations",
				BilanState.PRELIMINARY);
	}

	@Test
	void theWorkerAndTheCounsellorWriteObjectivesAndTheWorkerComments() throws Exception {
		assertThat(status(post(workerPath()).param("text", "Retrouver du sens au travail").with(csrf()), worker)).isEqualTo(302);
		UUID objective = find("Retrouver du sens au travail").id();
		assertThat(status(post(counsellorPath() + "/" + objective).param("text", "Retrouver du sens dans un métier manuel")
				.param("version", "0").with(csrf()), world.counsellor)).isEqualTo(302);
		assertThat(status(post(workerPath() + "/" + objective + "/comments").param("text", "Oui, plutôt le bois").with(csrf()),
				worker)).isEqualTo(302);

		assertThat(body(get(workerPath()), worker)).contains("Retrouver du sens dans un métier manuel").contains("Oui, plutôt le bois");
		assertThat(body(get(counsellorPath()), world.counsellor)).contains("Retrouver du sens dans un métier manuel")
				.contains("Oui, plutôt le bois");
		assertThat(content.export(bilan)).anyMatch(row -> "Retrouver du sens dans un métier manuel".equals(row.get("text")));
	}

	@Test
	@Tag("balises-K3")
	void theSecondOfTwoConcurrentEditorsIsToldAndSeesBothTextsAndNothingIsLost() throws Exception {
		UUID objective = objectives.add(world.counsellor, bilan, "Texte de départ");
		// both opened the objective at version 0; the worker saves first
		assertThat(status(post(workerPath() + "/" + objective).param("text", "Version de la personne").param("version", "0")
				.with(csrf()), worker)).isEqualTo(302);

		var second = mvc.perform(post(counsellorPath() + "/" + objective).param("text", "Version du conseiller")
				.param("version", "0").with(csrf()).with(user(world.counsellor))).andReturn().getResponse();

		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("Version de la personne")
				.contains("Version du conseiller").contains("name=\"version\" value=\"1\"");
		assertThat(find("Version de la personne").version()).isEqualTo(1);

		assertThat(status(post(counsellorPath() + "/" + objective).param("text", "Version de la personne, et du conseiller")
				.param("version", "1").with(csrf()), world.counsellor)).isEqualTo(302);
		assertThat(find("Version de la personne, et du conseiller").version()).isEqualTo(2);
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorReachItsObjectives() throws Exception {
		UUID objective = objectives.add(worker, bilan, "Objectif privé");

		assertThat(status(get(workerPath()), worker)).isEqualTo(200);
		assertThat(status(get(counsellorPath()), world.counsellor)).isEqualTo(200);
		CurrentUser otherWorker = world.worker("intruder");
		assertThat(status(get(workerPath()), otherWorker)).isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get(counsellorPath()), counsellor)).isEqualTo(404);
			assertThat(status(post(counsellorPath() + "/" + objective).param("text", "écrasé").param("version", "0").with(csrf()),
					counsellor)).isEqualTo(404);
			assertThat(status(post(counsellorPath() + "/" + objective + "/comments").param("text", "intrus").with(csrf()),
					counsellor)).isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get(counsellorPath()), other)).isIn(403, 404);
			assertThat(status(get(workerPath()), other)).isIn(403, 404);
		}
		assertThat(find("Objectif privé").version()).isZero();
		assertThat(find("Objectif privé").comments()).isEmpty();
	}

	@Test
	void refusesAnObjectiveOfAnotherBilan() throws Exception {
		CurrentUser otherWorker = world.worker("other");
		BilanId other = world.investigating(otherWorker, "raisons", "motivations");
		UUID foreign = objectives.add(otherWorker, other, "Objectif d'un autre bilan");

		assertThat(status(post(workerPath() + "/" + foreign + "/comments").param("text", "égaré").with(csrf()), worker))
				.isEqualTo(404);
		assertThat(objectives.read(otherWorker, other)).singleElement().satisfies(o -> assertThat(o.comments()).isEmpty());
	}

	private Objective find(String text) {
		return objectives.read(world.counsellor, bilan).stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow();
	}

	private String workerPath() {
		return "/worker/bilans/" + bilan + "/objectives";
	}

	private String counsellorPath() {
		return "/counsellor/bilans/" + bilan + "/objectives";
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
