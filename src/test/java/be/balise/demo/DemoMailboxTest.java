package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.balise.identity.RouteRules;
import be.balise.mail.Attachment;
import be.balise.mail.OutgoingMail;
import be.balise.mail.Outbox;
import be.balise.testing.DemoStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The demo mailbox, in the demo profile: open to anyone, so that a newcomer can follow an invitation link. */
@DemoStackTest
class DemoMailboxTest {

	@Autowired MockMvc mvc;
	@Autowired Outbox outbox;
	@Autowired PlatformTransactionManager transactions;
	@Autowired List<RouteRules> routes;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void anyoneSeesTheQueuedMessagesAndFollowsTheLinkOfOne() throws Exception {
		String recipient = "newcomer-" + UUID.randomUUID() + "@demo.balise.be";
		UUID id = enqueue(new OutgoingMail(recipient, "Votre invitation à Balise",
				"Bonjour,\nOuvrez https://demo.balise.be/invitation/abc123.\n<script>alert(1)</script>", null), List.of());

		mvc.perform(get("/demo/mailbox"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(recipient)))
				.andExpect(content().string(containsString("/demo/mailbox/" + id)));
		String page = mvc.perform(get("/demo/mailbox/{id}", id))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Votre invitation à Balise")
				.contains("<a href=\"https://demo.balise.be/invitation/abc123\">https://demo.balise.be/invitation/abc123</a>.")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void answersNotFoundForAMessageThatDoesNotExist() throws Exception {
		UUID id = enqueue(OutgoingMail.of("someone@demo.balise.be", "Rappel", "Demain"), List.of());

		mvc.perform(get("/demo/mailbox/{id}", id)).andExpect(status().isOk());
		mvc.perform(get("/demo/mailbox/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/demo/mailbox/{id}/attachments/0", id)).andExpect(status().isNotFound());
	}

	@Test
	void servesAnAttachmentAsAFileWithItsName() throws Exception {
		byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		UUID id = enqueue(OutgoingMail.of("someone@demo.balise.be", "Séance", "Voir la pièce jointe"),
				List.of(new Attachment("séance 1.ics", "text/calendar", calendar)));

		mvc.perform(get("/demo/mailbox/{id}", id))
				.andExpect(content().string(containsString("/demo/mailbox/" + id + "/attachments/0")));
		mvc.perform(get("/demo/mailbox/{id}/attachments/0", id))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/calendar"))
				.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
				.andExpect(content().bytes(calendar));
	}

	@Test
	void declaresEveryDemoRouteItServes() {
		Set<String> served = mappings.getHandlerMethods().keySet().stream()
				.flatMap(info -> info.getPatternValues().stream()
						.flatMap(pattern -> info.getMethodsCondition().getMethods().stream().map(verb -> verb + " " + pattern)))
				.filter(route -> route.contains(" /demo/"))
				.collect(Collectors.toSet());
		Set<String> declared = routes.stream().flatMap(module -> module.rules().stream())
				.map(rule -> rule.method() + " " + rule.pattern())
				.filter(route -> route.contains(" /demo/"))
				.collect(Collectors.toSet());

		assertThat(served).isNotEmpty().isEqualTo(declared);
	}

	private UUID enqueue(OutgoingMail mail, List<Attachment> attachments) {
		return new TransactionTemplate(transactions).execute(status -> outbox.enqueue(mail, attachments));
	}
}
