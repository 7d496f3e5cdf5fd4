package be.balise.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff join through a single-use invitation that grants the role and announces it. These invitations name no
 * fund or operator (null scope); the organisation module's tests follow invitations that do.
 */
@FullStackTest
@RecordApplicationEvents
class InvitationTest {

	private static final String PASSWORD = "une invitation bien reçue";

	@Autowired MockMvc mvc;
	@Autowired RecordedMail mail;
	@Autowired AccountService accounts;
	@Autowired InvitationService invitations;
	@Autowired ApplicationEvents events;

	@Test
	void anInvitedPersonChoosesTheirNameAndPasswordAndGetsTheRole() throws Exception {
		CurrentUser admin = IdentityTestData.account(accounts, "inviter", Role.PLATFORM_ADMIN);
		String email = IdentityTestData.uniqueEmail("invited");

		InvitationId id = invitations.invite(admin, new EmailAddress(email), Role.OPERATOR_ADMIN, null,
				"Cap Test", Locale.ENGLISH);

		assertThat(mail.lastTo(email).subject()).isEqualTo("Balise: invitation as operator admin");
		assertThat(mail.lastTo(email).body()).contains("Cap Test", admin.displayName(), "/invitation?token=");
		String token = mail.lastTokenTo(email);
		mvc.perform(get("/invitation").param("token", token)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Cap Test")));
		assertThat(accounts.findByEmail(email)).isEmpty();

		mvc.perform(post("/invitation").param("token", token).param("name", "Odile Janssens").param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/login?invited"));

		CurrentUser joined = accounts.findByEmail(email).orElseThrow();
		assertThat(joined.roles()).containsExactly(Role.OPERATOR_ADMIN);
		assertThat(joined.displayName()).isEqualTo("Odile Janssens");
		assertThat(events.stream(InvitationAccepted.class))
				.containsExactly(new InvitationAccepted(id, joined.id(), Role.OPERATOR_ADMIN, null));
		mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(authenticated().withRoles("OPERATOR_ADMIN"));
		mvc.perform(post("/invitation").param("token", token).param("name", "Again").param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD).with(csrf()))
				.andExpect(status().isNotFound());
	}

	@Test
	void someoneWhoHasAnAccountAcceptsWithTheirOwnPassword() throws Exception {
		CurrentUser operatorAdmin = IdentityTestData.account(accounts, "inviter-operator", Role.OPERATOR_ADMIN);
		CurrentUser worker = IdentityTestData.account(accounts, "invited-existing", Role.WORKER);
		invitations.invite(operatorAdmin, new EmailAddress(worker.email()), Role.COUNSELLOR, null, "Cap Test",
				Locale.FRENCH);
		String token = mail.lastTokenTo(worker.email());

		mvc.perform(post("/invitation").param("token", token).param("password", "not the account password").with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(containsString("est pas le bon")));
		assertThat(accounts.findById(worker.id()).orElseThrow().roles()).containsExactly(Role.WORKER);

		mvc.perform(post("/invitation").param("token", token).param("password", IdentityTestData.PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/login?invited"));

		assertThat(accounts.findById(worker.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.WORKER, Role.COUNSELLOR);
		assertThat(accounts.findById(worker.id()).orElseThrow().displayName()).isEqualTo(worker.displayName());
	}

	@Test
	void aWeakPasswordLeavesTheInvitationOpen() throws Exception {
		CurrentUser admin = IdentityTestData.account(accounts, "inviter-weak", Role.PLATFORM_ADMIN);
		String email = IdentityTestData.uniqueEmail("invited-weak");
		UUID fund = UUID.randomUUID();
		invitations.invite(admin, new EmailAddress(email), Role.FUND_OFFICER, fund, "Fonds Test", Locale.FRENCH);
		String token = mail.lastTokenTo(email);

		mvc.perform(post("/invitation").param("token", token).param("name", "Weak").param("password", "password1234")
				.param("passwordConfirmation", "password1234").with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(containsString("trop courant")));

		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(invitations.pendingFor(fund)).hasSize(1);
	}

	@Test
	void eachRoleInvitesOnlyTheRolesBelowIt() {
		CurrentUser admin = IdentityTestData.account(accounts, "inviter-rules-admin", Role.PLATFORM_ADMIN);
		CurrentUser operatorAdmin = IdentityTestData.account(accounts, "inviter-rules-operator", Role.OPERATOR_ADMIN);
		CurrentUser counsellor = IdentityTestData.account(accounts, "inviter-rules-counsellor", Role.COUNSELLOR);
		var email = new EmailAddress(IdentityTestData.uniqueEmail("invited-rules"));
		UUID scope = UUID.randomUUID();

		assertThatThrownBy(() -> invitations.invite(operatorAdmin, email, Role.OPERATOR_ADMIN, scope, "X", Locale.FRENCH))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> invitations.invite(counsellor, email, Role.COUNSELLOR, scope, "X", Locale.FRENCH))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> invitations.invite(admin, email, Role.PLATFORM_ADMIN, scope, "X", Locale.FRENCH))
				.isInstanceOf(IllegalArgumentException.class);
		assertThat(invitations.pendingFor(scope)).isEmpty();

		invitations.invite(operatorAdmin, email, Role.COUNSELLOR, scope, "X", Locale.FRENCH);
		invitations.invite(admin, email, Role.FUND_OFFICER, scope, "X", Locale.FRENCH);
		assertThat(invitations.pendingFor(scope)).extracting(PendingInvitation::role)
				.containsExactlyInAnyOrder(Role.COUNSELLOR, Role.FUND_OFFICER);
	}
}
