package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The worker asks for the erasure of a bilan's content; the fund officer and the operator admin of that bilan see
 * the request and what must be kept for legal reasons, others do not.
 */
@FullStackTest
@Tag("balises-D4")
class ErasureRequestTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;

	World world;
	CurrentUser worker;
	BilanId bilan;

	@BeforeEach
	void aBilan() {
		world = worlds.create();
		worker = world.worker("erasing");
		bilan = world.investigating(worker, "mes raisons", "mes motivations");
	}

	@Test
	void askingTwiceRecordsOneRequest() throws Exception {
		assertThat(logPage()).contains("action=\"/worker/bilans/" + bilan + "/erasure\"");

		erase(worker).andExpect(status().is3xxRedirection());
		erase(worker).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select count(*) from erasure_request where bilan_id = :bilan").param("bilan", bilan.value())
				.query(Long.class).single()).isEqualTo(1);
		assertThat(logPage()).doesNotContain("/erasure\"").contains("Votre demande d");
	}

	@Test
	void onlyTheWorkerOfTheBilanMayAsk() throws Exception {
		erase(world.worker("stranger")).andExpect(status().isNotFound());
		erase(world.counsellor).andExpect(status().isForbidden());
		erase(worker).andExpect(status().is3xxRedirection());
	}

	@Test
	void theFundAndTheOperatorOfTheBilanSeeTheRequestAndWhatIsKept() throws Exception {
		erase(worker);

		for (CurrentUser staff : new CurrentUser[] { world.fundOfficer, world.operatorAdmin }) {
			assertThat(list(staff)).contains(worker.displayName(), "gardé pour des raisons légales", "La convention signée");
		}
		for (CurrentUser stranger : new CurrentUser[] { world.otherFundOfficer, world.otherOperatorAdmin }) {
			assertThat(list(stranger)).doesNotContain(worker.displayName());
		}
		mvc.perform(get("/privacy/erasure-requests").with(user(world.counsellor))).andExpect(status().isForbidden());
	}

	private ResultActions erase(CurrentUser as) throws Exception {
		return mvc.perform(post("/worker/bilans/" + bilan + "/erasure").with(user(as)).with(csrf()));
	}

	private String logPage() throws Exception {
		return mvc.perform(get("/worker/bilans/" + bilan + "/access-log").with(user(worker))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}

	private String list(CurrentUser as) throws Exception {
		return mvc.perform(get("/privacy/erasure-requests").with(user(as))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}
}
