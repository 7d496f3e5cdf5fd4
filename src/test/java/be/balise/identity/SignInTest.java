package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Locale;
import java.util.Set;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@FullStackTest
class SignInTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;

	@Test
	void signsInWithTheRightPasswordAndLandsOnTheRoleHome() throws Exception {
		accounts.createWithHash("signin-ok@test.balise.be", "Test", accounts.hash("correct horse battery"), Locale.FRENCH,
				Set.of(Role.COUNSELLOR));

		mvc.perform(formLogin("/login").user("signin-ok@test.balise.be").password("correct horse battery"))
				.andExpect(authenticated().withRoles("COUNSELLOR"))
				.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		accounts.createWithHash("signin-bad@test.balise.be", "Test", accounts.hash("correct horse battery"), Locale.FRENCH,
				Set.of(Role.WORKER));

		mvc.perform(formLogin("/login").user("signin-bad@test.balise.be").password("wrong horse battery"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void storesPasswordsAsArgon2idWithOwaspParameters() {
		String hash = accounts.hash("correct horse battery");
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
	}
}
