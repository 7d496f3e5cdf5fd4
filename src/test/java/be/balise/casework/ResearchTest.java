package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** The research log: the worker adds what they found or learnt; only http(s) links become links. */
@FullStackTest
@Tag("balises-C6")
@Tag("balises-K4")
class ResearchTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired ResearchService research;

	@Test
	void theWorkerAddsAnInterviewWithAProfessionalAndTheCounsellorReadsIt() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("research");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(status(post("/worker/bilans/" + bilan + "/research").param("category", "INTERVIEW")
				.param("title", "Rencontre avec une ébéniste à Namur").param("link", "https://example.org/atelier")
				.param("summary", "Le métier demande de la patience").param("happenedOn", "2026-03-04").with(csrf()), worker))
				.isEqualTo(302);

		String page = body(get("/counsellor/bilans/" + bilan + "/research"), world.counsellor);
		assertThat(page).contains("Rencontre avec une ébéniste à Namur").contains("href=\"https://example.org/atelier\"")
				.contains("Le métier demande de la patience");
	}

	@Test
	@Tag("balises-D9")
	void refusesALinkThatIsNotHttp() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("research-link");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(status(post("/worker/bilans/" + bilan + "/research").param("category", "JOB_OFFER").param("title", "Offre")
				.param("link", "javascript:alert(1)").param("happenedOn", "2026-03-04").with(csrf()), worker)).isEqualTo(302);
		assertThat(research.read(worker, bilan)).isEmpty();
		assertThat(status(post("/worker/bilans/" + bilan + "/research").param("category", "JOB_OFFER").param("title", "Offre")
				.param("link", "").param("happenedOn", "2026-03-04").with(csrf()), worker)).isEqualTo(302);
		assertThat(research.read(worker, bilan)).extracting(ResearchEntry::title).containsExactly("Offre");
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorReachTheResearchLog() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("research-access");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");

		assertThat(status(get("/worker/bilans/" + bilan + "/research"), worker)).isEqualTo(200);
		assertThat(status(get("/counsellor/bilans/" + bilan + "/research"), world.counsellor)).isEqualTo(200);
		assertThat(status(get("/worker/bilans/" + bilan + "/research"), world.worker("stranger"))).isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/research"), counsellor)).isEqualTo(404);
			assertThat(status(post("/counsellor/bilans/" + bilan + "/research").param("category", "SECTOR").param("title", "intrus")
					.param("happenedOn", "2026-03-04").with(csrf()), counsellor)).isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/research"), other)).isIn(403, 404);
		}
		assertThat(research.read(worker, bilan)).isEmpty();
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
