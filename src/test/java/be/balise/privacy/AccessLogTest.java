package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** SECURITY.md D5: the worker sees who opened their file and when; nobody else sees that log. */
@FullStackTest
@Tag("balises-C10")
@Tag("balises-D4")
class AccessLogTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeEach
	void aBilanInInvestigation() {
		world = worlds.create();
		worker = world.worker("logged");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
	}

	@Test
	void theWorkerSeesThatTheCounsellorOpenedTheirBilan() throws Exception {
		assertThat(page(worker)).doesNotContain(world.counsellor.displayName());

		mvc.perform(get("/counsellor/bilans/" + bilan).with(user(world.counsellor))).andExpect(status().isOk());

		assertThat(page(worker)).contains(world.counsellor.displayName(), "conseiller·ère bilan",
				"Le suivi de votre bilan et ses étapes");
	}

	@Test
	void theWorkerSeesTheirOwnOpeningsAsTheirs() throws Exception {
		mvc.perform(get("/worker/bilans/" + bilan).with(user(worker))).andExpect(status().isOk());

		assertThat(page(worker)).contains("<strong>Vous</strong>").doesNotContain("<strong>" + worker.displayName());
	}

	@Test
	void theLogIsPaginatedNewestFirst() throws Exception {
		for (int i = 0; i < AccessLogService.PAGE_SIZE + 1; i++) {
			mvc.perform(get("/counsellor/bilans/" + bilan).with(user(world.counsellor))).andExpect(status().isOk());
		}
		mvc.perform(get("/counsellor/bilans/" + bilan + "/first-meeting").with(user(world.counsellor)))
				.andExpect(status().isOk());

		String first = page(worker);
		assertThat(first).contains("Le premier entretien", "Page 1 sur 2", "?page=1");
		String second = mvc.perform(get("/worker/bilans/" + bilan + "/access-log?page=1").with(user(worker)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("Page 2 sur 2", "?page=0").doesNotContain("Le premier entretien");
	}

	@Test
	void onlyTheWorkerOfTheBilanSeesItsLog() throws Exception {
		String path = "/worker/bilans/" + bilan + "/access-log";
		mvc.perform(get(path).with(user(worker))).andExpect(status().isOk());
		mvc.perform(get(path).with(user(world.worker("stranger")))).andExpect(status().isNotFound());
		for (CurrentUser staff : new CurrentUser[] { world.counsellor, world.operatorAdmin, world.fundOfficer, world.platformAdmin }) {
			mvc.perform(get(path).with(user(staff))).andExpect(status().isForbidden());
		}
	}

	private String page(CurrentUser as) throws Exception {
		return mvc.perform(get("/worker/bilans/" + bilan + "/access-log").with(user(as))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}
}
