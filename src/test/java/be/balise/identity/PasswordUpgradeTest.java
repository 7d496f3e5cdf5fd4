package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Locale;
import java.util.Set;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** SECURITY.md S1: hashes made with older settings are replaced by Argon2id (m=19456 KiB, t=2, p=1) at sign-in. */
@FullStackTest
class PasswordUpgradeTest {

	private static final String CURRENT_PARAMETERS = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$";

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired JdbcClient jdbc;

	@Test
	void aBcryptHashIsUpgradedOnTheFirstSuccessfulSignIn() throws Exception {
		String email = accountWithHash("upgrade-bcrypt", "{bcrypt}" + new BCryptPasswordEncoder().encode(IdentityTestData.PASSWORD));

		mvc.perform(formLogin("/login").user(email).password("not the right password")).andExpect(unauthenticated());
		assertThat(hashOf(email)).startsWith("{bcrypt}");

		mvc.perform(formLogin("/login").user(email).password(IdentityTestData.PASSWORD)).andExpect(authenticated());
		assertThat(hashOf(email)).startsWith(CURRENT_PARAMETERS);
		mvc.perform(formLogin("/login").user(email).password(IdentityTestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anArgon2HashWithWeakerParametersIsUpgraded() throws Exception {
		var weaker = new Argon2PasswordEncoder(16, 32, 1, 16_384, 2);
		String email = accountWithHash("upgrade-argon2", "{argon2}" + weaker.encode(IdentityTestData.PASSWORD));
		assertThat(hashOf(email)).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");

		mvc.perform(formLogin("/login").user(email).password(IdentityTestData.PASSWORD)).andExpect(authenticated());

		assertThat(hashOf(email)).startsWith(CURRENT_PARAMETERS);
	}

	@Test
	void aHashWithTheCurrentParametersIsLeftAsItIs() throws Exception {
		String email = accountWithHash("upgrade-none", accounts.hash(IdentityTestData.PASSWORD));
		String before = hashOf(email);

		mvc.perform(formLogin("/login").user(email).password(IdentityTestData.PASSWORD)).andExpect(authenticated());

		assertThat(hashOf(email)).isEqualTo(before).startsWith(CURRENT_PARAMETERS);
	}

	private String accountWithHash(String prefix, String hash) {
		String email = IdentityTestData.uniqueEmail(prefix);
		accounts.createWithHash(email, "Test", hash, Locale.FRENCH, Set.of(Role.WORKER));
		return email;
	}

	private String hashOf(String email) {
		return jdbc.sql("select password_hash from account where email = :email").param("email", email)
				.query(String.class).single();
	}
}
