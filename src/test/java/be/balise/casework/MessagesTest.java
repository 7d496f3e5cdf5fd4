package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.Canaries;
import be.balise.testing.FullStackTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The message thread: between the worker and the counsellor only; the e-mail says a message waits, nothing more. */
@FullStackTest
@Tag("balises-K3")
class MessagesTest {

	@Autowired MockMvc mvc;
	@Autowired WorldFactory worlds;
	@Autowired MessageService messages;
	@Autowired JdbcClient jdbc;

	@Test
	void theWorkersMessageReachesTheCounsellorAndTheEmailCarriesNoContent() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("messages");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		String canary = Canaries.next("message");

		assertThat(status(post("/worker/bilans/" + bilan + "/messages").param("text", canary).with(csrf()), worker)).isEqualTo(302);

		assertThat(body(get("/counsellor/bilans/" + bilan + "/messages"), world.counsellor)).contains(canary);
		// Only the message notification: the bilan's other mails (the fund's decision, sessions) are not this test's.
		List<Map<String, Object>> mails = jdbc.sql("select recipient, subject, body from outbox_message where bilan_id = :bilan"
				+ " and body like '%#messages%'")
				.param("bilan", bilan.value()).query().listOfRows();
		assertThat(mails).singleElement().satisfies(mail -> {
			assertThat(mail.get("recipient")).isEqualTo(world.counsellor.email());
			assertThat(mail.get("subject").toString() + mail.get("body")).doesNotContain(canary)
					.contains("/counsellor/bilans/" + bilan);
		});
	}

	@Test
	void onlyTheBilansWorkerAndCounsellorReadOrWriteTheThread() throws Exception {
		World world = worlds.create();
		CurrentUser worker = world.worker("messages-access");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		messages.send(world.counsellor, bilan, "Bonjour, voici le programme.");

		assertThat(status(get("/worker/bilans/" + bilan + "/messages"), worker)).isEqualTo(200);
		assertThat(status(get("/counsellor/bilans/" + bilan + "/messages"), world.counsellor)).isEqualTo(200);
		assertThat(status(get("/worker/bilans/" + bilan + "/messages"), world.worker("stranger"))).isEqualTo(404);
		for (CurrentUser counsellor : List.of(world.colleague, world.otherOperatorCounsellor)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/messages"), counsellor)).isEqualTo(404);
			assertThat(status(post("/counsellor/bilans/" + bilan + "/messages").param("text", "intrus").with(csrf()), counsellor))
					.isEqualTo(404);
		}
		for (CurrentUser other : List.of(world.operatorAdmin, world.fundOfficer, world.platformAdmin)) {
			assertThat(status(get("/counsellor/bilans/" + bilan + "/messages"), other)).isIn(403, 404);
		}
		assertThat(messages.read(worker, bilan)).extracting(Message::text).containsExactly("Bonjour, voici le programme.");
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
