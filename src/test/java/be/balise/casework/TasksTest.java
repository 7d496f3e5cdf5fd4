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
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Tasks between sessions: the counsellor sets one, the worker ticks it off with a comment; nobody else gets near. */
@FullStackTest
@Tag("balises-K3")
class TasksTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired TaskService tasks;

	@Test
	void theWorkerTicksOffTheCounsellorsTaskWithAComment() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("tasks");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(status(post("/counsellor/bilans/" + bilan + "/tasks").param("text", "Rencontrer un·e menuisier·ère").with(csrf()),
				world.counsellor)).isEqualTo(302);
		UUID task = tasks.read(worker, bilan).get(0).id();
		assertThat(status(post("/worker/bilans/" + bilan + "/tasks/" + task + "/done").param("comment", "Rencontre très utile")
				.with(csrf()), worker)).isEqualTo(302);

		assertThat(tasks.read(world.counsellor, bilan)).singleElement().satisfies(done -> {
			assertThat(done.done()).isTrue();
			assertThat(done.comment()).isEqualTo("Rencontre très utile");
		});
		assertThat(body(get("/counsellor/bilans/" + bilan + "/tasks"), world.counsellor)).contains("Rencontre très utile");
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorReachItsTasks() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("tasks-access");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		UUID task = tasks.add(world.counsellor, bilan, "Lire la fiche métier");

		assertThat(status(get("/worker/bilans/" + bilan + "/tasks"), worker)).isEqualTo(200);
		assertThat(status(get("/counsellor/bilans/" + bilan + "/tasks"), world.counsellor)).isEqualTo(200);
		assertThat(status(post("/worker/bilans/" + bilan + "/tasks/" + task + "/done").with(csrf()), world.worker("stranger")))
				.isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/tasks"), counsellor)).isEqualTo(404);
			assertThat(status(post("/counsellor/bilans/" + bilan + "/tasks/" + task + "/done").with(csrf()), counsellor))
					.isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/tasks"), other)).isIn(403, 404);
		}
		assertThat(tasks.read(worker, bilan)).noneMatch(Task::done);
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
