package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A signed-in person changes their password (current one asked) and their address (confirmed from the new one). */
@FullStackTest
class AccountSettingsTest {

	private static final String NEW_PASSWORD = "le chat dort sous la lampe";

	@Autowired MockMvc mvc;
	@Autowired RecordedMail mail;
	@Autowired AccountService accounts;

	@Test
	void changingThePasswordAsksForTheCurrentOneAndEndsTheOtherSessions() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "change-password", Role.WORKER);
		var here = new Browser(mvc);
		var elsewhere = new Browser(mvc);
		here.signIn(user.email(), IdentityTestData.PASSWORD);
		elsewhere.signIn(user.email(), IdentityTestData.PASSWORD);

		var refused = here.perform(post("/account/password").param("currentPassword", "a wrong current password")
				.param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD).with(csrf()));
		assertThat(refused.getResponse().getContentAsString()).contains("n'est pas le bon");

		var changed = here.perform(post("/account/password").param("currentPassword", IdentityTestData.PASSWORD)
				.param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD).with(csrf()));

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(here.perform(get("/account")).getResponse().getContentAsString()).contains("Vos autres sessions ont été fermées");
		assertThat(elsewhere.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);
		mvc.perform(formLogin("/login").user(user.email()).password(NEW_PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestData.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void aNewAddressTakesEffectFromItsOwnLinkAndTheOldOneIsTold() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "change-email", Role.COUNSELLOR);
		String newEmail = IdentityTestData.uniqueEmail("change-email-new");
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);

		var requested = browser.perform(post("/account/email").param("email", newEmail)
				.param("currentPassword", IdentityTestData.PASSWORD).with(csrf()));
		assertThat(requested.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(accounts.findById(user.id()).orElseThrow().email()).isEqualTo(user.email());
		String token = mail.lastTokenTo(newEmail);

		mvc.perform(get("/account/email/confirm").param("token", token)).andExpect(status().isOk())
				.andExpect(content().string(containsString(newEmail)));
		assertThat(accounts.findById(user.id()).orElseThrow().email()).isEqualTo(user.email());
		mvc.perform(post("/account/email/confirm").param("token", token).with(csrf()))
				.andExpect(redirectedUrl("/login?emailChanged"));

		assertThat(accounts.findById(user.id()).orElseThrow().email()).isEqualTo(newEmail);
		assertThat(mail.lastTo(user.email()).subject()).isEqualTo("Balise : votre adresse de connexion a changé");
		assertThat(mail.lastTo(user.email()).body()).doesNotContain(newEmail);
		assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(302);
		mvc.perform(formLogin("/login").user(newEmail).password(IdentityTestData.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(user.email()).password(IdentityTestData.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void anAddressThatBelongsToAnotherAccountGetsTheSameAnswerAndNoLink() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "change-email-taken", Role.WORKER);
		CurrentUser other = IdentityTestData.account(accounts, "change-email-owner", Role.WORKER);
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);

		var answer = browser.perform(post("/account/email").param("email", other.email())
				.param("currentPassword", IdentityTestData.PASSWORD).with(csrf()));

		assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(mail.to(other.email())).isEmpty();
		assertThat(accounts.findById(user.id()).orElseThrow().email()).isEqualTo(user.email());
	}

	@Test
	void changingTheAddressNeedsTheCurrentPassword() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "change-email-password", Role.WORKER);
		String newEmail = IdentityTestData.uniqueEmail("change-email-password-new");
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);

		var refused = browser.perform(post("/account/email").param("email", newEmail)
				.param("currentPassword", "not my password at all").with(csrf()));

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(mail.to(newEmail)).isEmpty();
	}

	@Test
	void theAccountPagesNeedASignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/account/email")).andExpect(status().is3xxRedirection());
		CurrentUser user = IdentityTestData.account(accounts, "account-page", Role.FUND_OFFICER);
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);
		assertThat(browser.perform(get("/account")).getResponse().getContentAsString()).contains(user.email());
	}
}
