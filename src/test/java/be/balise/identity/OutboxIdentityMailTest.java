package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Identity's messages land in the outbox, and the outbox row carries the link's token only as the e-mail text. */
@FullStackTest
class OutboxIdentityMailTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired RecordedMail mail;
	@Autowired JdbcClient jdbc;

	@Test
	void aResetLinkIsQueuedInTheOutboxInTheRecipientsLanguage() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "outbox", Role.WORKER);

		mvc.perform(post("/password/forgotten").param("email", user.email()).with(csrf()));

		var subjects = jdbc.sql("select subject from outbox_message where recipient = :recipient")
				.param("recipient", user.email()).query(String.class).list();
		assertThat(subjects).containsExactly("Balise : choisir un nouveau mot de passe");
		assertThat(mail.lastTokenTo(user.email())).isNotBlank();
	}
}
