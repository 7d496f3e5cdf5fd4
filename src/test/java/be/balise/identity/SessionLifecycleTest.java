package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md S5: a new session at sign-in, idle and absolute timeouts, sign-out and disabling that end every
 * session; and S6's session cookie.
 */
@FullStackTest
class SessionLifecycleTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired JdbcClient jdbc;

	@Test
	void signingInReplacesTheSessionWithANewOne() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-new", Role.WORKER);
		var browser = new Browser(mvc);
		browser.perform(get("/login"));
		String before = browser.sessionId();

		browser.signIn(user.email(), IdentityTestData.PASSWORD);

		assertThat(before).isNotNull();
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(sessionExists(before)).isFalse();
		assertThat(status(browser, "/account")).isEqualTo(200);
	}

	@Test
	void aSessionLeftIdleForMoreThanThirtyMinutesIsOver() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-idle", Role.WORKER);
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);
		assertThat(status(browser, "/account")).isEqualTo(200);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
				.param("id", browser.sessionId()).query(Integer.class).single()).isEqualTo(30 * 60);

		shiftSession(browser.sessionId(), "last_access_time", Duration.ofMinutes(29));
		assertThat(status(browser, "/account")).isEqualTo(200);

		shiftSession(browser.sessionId(), "last_access_time", Duration.ofMinutes(31));
		var result = browser.perform(get("/account"));
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aSignInEndsTwelveHoursLaterHoweverActiveThePersonIs() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-absolute", Role.WORKER);
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);
		String session = browser.sessionId();

		shiftSession(session, "creation_time", Duration.ofHours(11).plusMinutes(59));
		assertThat(status(browser, "/account")).isEqualTo(200);

		shiftSession(session, "creation_time", Duration.ofHours(12).plusMinutes(1));
		var result = browser.perform(get("/account"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(sessionExists(session)).isFalse();
	}

	@Test
	void signingOutEndsEverySessionOfThatAccountAndNoOther() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-logout", Role.WORKER);
		CurrentUser other = IdentityTestData.account(accounts, "session-logout-other", Role.WORKER);
		var phone = new Browser(mvc);
		var laptop = new Browser(mvc);
		var someoneElse = new Browser(mvc);
		phone.signIn(user.email(), IdentityTestData.PASSWORD);
		laptop.signIn(user.email(), IdentityTestData.PASSWORD);
		someoneElse.signIn(other.email(), IdentityTestData.PASSWORD);
		assertThat(status(laptop, "/account")).isEqualTo(200);

		var result = phone.perform(post("/logout").with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(status(laptop, "/account")).isEqualTo(302);
		assertThat(sessionsOf(user.email())).isZero();
		assertThat(status(someoneElse, "/account")).isEqualTo(200);
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnceAndRefusesTheNextSignIn() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-disable", Role.COUNSELLOR);
		var browser = new Browser(mvc);
		browser.signIn(user.email(), IdentityTestData.PASSWORD);
		assertThat(status(browser, "/account")).isEqualTo(200);

		accounts.disable(user.id());

		assertThat(status(browser, "/account")).isEqualTo(302);
		assertThat(sessionsOf(user.email())).isZero();
		assertThat(browser.signIn(user.email(), IdentityTestData.PASSWORD).getResponse().getRedirectedUrl())
				.isEqualTo("/login?disabled");
		assertThat(browser.signIn(user.email(), "not the password at all").getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");

		accounts.enable(user.id());
		assertThat(browser.signIn(user.email(), IdentityTestData.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindTls() throws Exception {
		CurrentUser user = IdentityTestData.account(accounts, "session-cookie", Role.WORKER);

		var plain = mvc.perform(post("/login").param("username", user.email()).param("password", IdentityTestData.PASSWORD)
				.with(csrf())).andReturn().getResponse().getHeaders("Set-Cookie");
		var overTls = mvc.perform(post("/login").secure(true).param("username", user.email())
				.param("password", IdentityTestData.PASSWORD).with(csrf())).andReturn().getResponse().getHeaders("Set-Cookie");

		assertThat(plain).filteredOn(header -> header.startsWith("SESSION=")).singleElement().asString()
				.contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(overTls).filteredOn(header -> header.startsWith("SESSION=")).singleElement().asString()
				.contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	private int status(Browser browser, String path) throws Exception {
		return browser.perform(get(path)).getResponse().getStatus();
	}

	/** Moves a time of the stored session back by {@code age} from now, as if that much time had passed. */
	private void shiftSession(String sessionId, String column, Duration age) {
		long millis = System.currentTimeMillis() - age.toMillis();
		String extra = column.equals("last_access_time") ? ", expiry_time = :millis + max_inactive_interval * 1000" : "";
		jdbc.sql("update spring_session set " + column + " = :millis" + extra + " where session_id = :id")
				.param("millis", millis).param("id", sessionId).update();
	}

	private boolean sessionExists(String sessionId) {
		return jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", sessionId)
				.query(Integer.class).single() > 0;
	}

	private int sessionsOf(String email) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :email").param("email", email)
				.query(Integer.class).single();
	}
}
