package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A forgotten password is replaced through a single-use link; unknown addresses get the same answer. */
@FullStackTest
class PasswordResetTest {

	private static final String NEW_PASSWORD = "trois pommes sur la table verte";

	@Autowired MockMvc mvc;
	@Autowired RecordedMail mail;
	@Autowired AccountService accounts;

	@Test
	void aPersonWhoForgotTheirPasswordChoosesANewOneThroughTheLink() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "reset", Role.WORKER);
		var otherDevice = new Browser(mvc);
		otherDevice.signIn(user.email(), IdentityTestData.PASSWORD);

		mvc.perform(post("/password/forgotten").param("email", user.email().toUpperCase()).with(csrf()))
				.andExpect(redirectedUrl("/password/forgotten?sent"));
		assertThat(mail.lastTo(user.email()).subject()).isEqualTo("Balise : choisir un nouveau mot de passe");
		String token = mail.lastTokenTo(user.email());

		mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());
		mvc.perform(post("/password/reset").param("token", token).param("password", "azertyuiop123")
				.param("passwordConfirmation", "azertyuiop123").with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(containsString("trop courant")));
		mvc.perform(post("/password/reset").param("token", token).param("password", NEW_PASSWORD)
				.param("passwordConfirmation", NEW_PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/login?reset"));

		mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestData.PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(user.email()).password(NEW_PASSWORD)).andExpect(authenticated());
		assertThat(otherDevice.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);
		mvc.perform(post("/password/reset").param("token", token).param("password", "encore un autre mot de passe")
				.param("passwordConfirmation", "encore un autre mot de passe").with(csrf()))
				.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMessage() throws Exception {
		String unknown = IdentityTestData.uniqueEmail("reset-unknown");

		mvc.perform(post("/password/forgotten").param("email", unknown).with(csrf()))
				.andExpect(redirectedUrl("/password/forgotten?sent"));

		assertThat(mail.to(unknown)).isEmpty();
	}

	@Test
	void aDisabledAccountReceivesNoResetLinkButAnEnabledOneDoes() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "reset-disabled", Role.COUNSELLOR);
		accounts.disable(user.id());

		mvc.perform(post("/password/forgotten").param("email", user.email()).with(csrf()))
				.andExpect(redirectedUrl("/password/forgotten?sent"));
		assertThat(mail.to(user.email())).isEmpty();

		accounts.enable(user.id());
		mvc.perform(post("/password/forgotten").param("email", user.email()).with(csrf()));
		assertThat(mail.to(user.email())).hasSize(1);
	}

	@Test
	void onlyTheLatestResetLinkWorks() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "reset-latest", Role.WORKER);
		mvc.perform(post("/password/forgotten").param("email", user.email()).with(csrf()));
		String first = mail.lastTokenTo(user.email());
		mvc.perform(post("/password/forgotten").param("email", user.email()).with(csrf()));
		String second = mail.lastTokenTo(user.email());

		mvc.perform(get("/password/reset").param("token", first)).andExpect(status().isNotFound());
		mvc.perform(get("/password/reset").param("token", second)).andExpect(status().isOk());
	}
}
