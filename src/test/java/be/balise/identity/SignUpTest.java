package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A worker signs up, confirms their address through the e-mailed link, then signs in. */
@FullStackTest
class SignUpTest {

	private static final String PASSWORD = "des nuages sur la mer du nord";

	@Autowired MockMvc mvc;
	@Autowired RecordedMail mail;
	@Autowired AccountService accounts;
	@Autowired JdbcClient jdbc;

	@Test
	void aNewWorkerConfirmsTheirAddressThenSignsIn() throws Exception {
		String email = IdentityTestData.uniqueEmail("signup");

		mvc.perform(signUp("Inès Lambert", email, PASSWORD, PASSWORD, "nl")).andExpect(redirectedUrl("/signup?sent"));

		assertThat(mail.lastTo(email).subject()).isEqualTo("Balise: bevestig uw e-mailadres");
		assertThat(mail.lastTo(email).body()).contains("Inès Lambert", "http://localhost:8080/signup/confirm?token=");
		mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?unconfirmed"));

		String token = mail.lastTokenTo(email);
		mvc.perform(get("/signup/confirm").param("token", token)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/signup/confirm\"")));
		mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?unconfirmed"));

		mvc.perform(post("/signup/confirm").param("token", token).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));
		mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(authenticated().withRoles("WORKER"));
		assertThat(accounts.findByEmail(email).orElseThrow().locale().getLanguage()).isEqualTo("nl");
	}

	@Test
	void theConfirmationLinkWorksOnce() throws Exception {
		String email = IdentityTestData.uniqueEmail("signup-once");
		mvc.perform(signUp("Léa Martin", email, PASSWORD, PASSWORD, "fr"));
		String token = mail.lastTokenTo(email);

		mvc.perform(post("/signup/confirm").param("token", token).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));

		mvc.perform(post("/signup/confirm").param("token", token).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/signup/confirm").param("token", token)).andExpect(status().isNotFound());
		mvc.perform(get("/signup/confirm").param("token", "made-up")).andExpect(status().isNotFound());
	}

	@Test
	void anAddressThatHasAnAccountGetsTheSameAnswerAndOnlyItsOwnerIsTold() throws Exception {
		CurrentUser owner = IdentityTestData.account(accounts, "signup-taken", Role.COUNSELLOR);
		String hashBefore = hashOf(owner.email());

		mvc.perform(signUp("Someone Else", owner.email(), PASSWORD, PASSWORD, "en")).andExpect(redirectedUrl("/signup?sent"));

		assertThat(mail.lastTo(owner.email()).subject()).isEqualTo("Balise : vous avez déjà un compte");
		assertThat(mail.lastTo(owner.email()).body()).doesNotContain("token=");
		assertThat(hashOf(owner.email())).isEqualTo(hashBefore);
		mvc.perform(formLogin("/login").user(owner.email()).password(IdentityTestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void signingUpAgainBeforeConfirmingReplacesTheDetailsAndOnlyTheLatestLinkWorks() throws Exception {
		String email = IdentityTestData.uniqueEmail("signup-twice");
		mvc.perform(signUp("First Try", email, PASSWORD, PASSWORD, "fr"));
		String firstToken = mail.lastTokenTo(email);
		mvc.perform(signUp("Second Try", email, "un autre mot de passe tout neuf", "un autre mot de passe tout neuf", "en"));
		String secondToken = mail.lastTokenTo(email);

		mvc.perform(post("/signup/confirm").param("token", firstToken).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/signup/confirm").param("token", secondToken).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));

		mvc.perform(formLogin("/login").user(email).password("un autre mot de passe tout neuf")).andExpect(authenticated());
		assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Second Try");
	}

	@Test
	void aWeakPasswordIsExplainedRuleByRuleAndNothingIsCreated() throws Exception {
		String email = IdentityTestData.uniqueEmail("signup-weak");

		mvc.perform(signUp("Weak", email, "Password1234", "Password1234", "fr"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("trop courant ou trop facile à deviner")));
		mvc.perform(signUp("Short", email, "court", "court", "en"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("au moins 12 caractères")));
		mvc.perform(signUp("Mismatch", email, PASSWORD, PASSWORD + "!", "fr"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("ne sont pas identiques")));
		mvc.perform(signUp("", "not-an-address", PASSWORD, PASSWORD, "fr"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("adresse e-mail complète")));

		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(mail.to(email)).isEmpty();
	}

	@Test
	void theTokenIsStoredOnlyAsItsHash() throws Exception {
		String email = IdentityTestData.uniqueEmail("signup-hash");
		mvc.perform(signUp("Hash", email, PASSWORD, PASSWORD, "fr"));
		String token = mail.lastTokenTo(email);

		var stored = jdbc.sql("""
				select t.token_hash from account_token t join account a on a.id = t.account_id where a.email = :email""")
				.param("email", email).query(String.class).single();

		assertThat(stored).isEqualTo(Tokens.hash(token)).isNotEqualTo(token).hasSize(64);
	}

	private static MockHttpServletRequestBuilder signUp(String name, String email, String password, String confirmation,
			String language) {
		return post("/signup").param("name", name).param("email", email).param("password", password)
				.param("passwordConfirmation", confirmation).param("language", language).with(csrf());
	}

	private String hashOf(String email) {
		return jdbc.sql("select password_hash from account where email = :email").param("email", email)
				.query(String.class).single();
	}
}
