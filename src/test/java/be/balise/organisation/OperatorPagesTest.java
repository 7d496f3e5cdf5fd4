package be.balise.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The operator admin runs their own team, and only their own. */
@FullStackTest
class OperatorPagesTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired Organisations organisations;
	@Autowired JdbcClient jdbc;

	@Test
	void invitesACounsellorWhoJoinsWithTheCapacityAndLanguagesGiven() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "Team");
		CurrentUser admin = adminOf(operator);
		String email = OrganisationTestData.uniqueEmail("new-counsellor");

		mvc.perform(post("/operator/{id}/invitations", operator.value()).param("email", email).param("language", "nl")
				.param("capacity", "6").param("languages", "NL", "EN").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/operator"));
		mvc.perform(get("/operator").with(user(admin))).andExpect(content().string(containsString(email)));

		mvc.perform(post("/invitation").param("token", OrganisationTestData.lastTokenTo(jdbc, email))
				.param("name", "Jan Maes").param("password", OrganisationTestData.PASSWORD)
				.param("passwordConfirmation", OrganisationTestData.PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/login?invited"));

		var joined = accounts.findByEmail(email).orElseThrow();
		assertThat(joined.roles()).containsExactly(Role.COUNSELLOR);
		assertThat(organisations.counsellorsOf(operator)).singleElement().satisfies(counsellor -> {
			assertThat(counsellor.accountId()).isEqualTo(joined.id());
			assertThat(counsellor.capacity()).isEqualTo(6);
			assertThat(counsellor.languages()).containsExactlyInAnyOrder(Language.NL, Language.EN);
		});
		mvc.perform(get("/operator").with(user(admin))).andExpect(content().string(containsString("Jan Maes")));
	}

	@Test
	void refusesToInviteSomeoneWhoIsAlreadyACounsellorElsewhere() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "Second");
		OperatorId elsewhere = OrganisationTestData.operator(organisations, "First");
		CurrentUser admin = adminOf(operator);
		CurrentUser taken = OrganisationTestData.person(accounts, "taken", Role.COUNSELLOR);
		organisations.addCounsellor(elsewhere, taken.id(), 5, Set.of(Language.FR));

		mvc.perform(post("/operator/{id}/invitations", operator.value()).param("email", taken.email())
				.param("capacity", "5").param("languages", "FR").with(user(admin)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("déjà conseillère ou conseiller")));
		mvc.perform(get("/operator").with(user(admin))).andExpect(content().string(not(containsString(taken.email()))));
	}

	@Test
	void suspendsACounsellorOfTheirOperatorAndNotOfAnother() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "Mine");
		OperatorId other = OrganisationTestData.operator(organisations, "Theirs");
		CurrentUser admin = adminOf(operator);
		adminOf(other);
		CurrentUser mine = counsellorOf(operator, "mine");
		CurrentUser theirs = counsellorOf(other, "theirs");

		mvc.perform(post("/operator/{op}/counsellors/{id}/disable", operator.value(), theirs.id().value())
				.with(user(admin)).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/operator/{op}/counsellors/{id}/disable", other.value(), theirs.id().value())
				.with(user(admin)).with(csrf()))
				.andExpect(status().isNotFound());
		assertThat(accounts.findById(theirs.id()).orElseThrow().isEnabled()).isTrue();

		mvc.perform(post("/operator/{op}/counsellors/{id}/disable", operator.value(), mine.id().value())
				.with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/operator"));
		assertThat(accounts.findById(mine.id()).orElseThrow().isEnabled()).isFalse();
		assertThat(organisations.counsellorsOf(operator).get(0).active()).isFalse();

		mvc.perform(post("/operator/{op}/counsellors/{id}/enable", operator.value(), mine.id().value())
				.with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/operator"));
		assertThat(organisations.counsellorsOf(operator).get(0).available()).isTrue();
	}

	@Test
	void seesTheirOwnOperatorOnlyAndCannotInviteIntoAnother() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "Own");
		OperatorId other = OrganisationTestData.operator(organisations, "Foreign");
		CurrentUser admin = adminOf(operator);
		CurrentUser counsellor = counsellorOf(other, "foreign");

		mvc.perform(get("/operator").with(user(admin))).andExpect(status().isOk())
				.andExpect(content().string(containsString(organisations.findOperator(operator).orElseThrow().name())))
				.andExpect(content().string(not(containsString(organisations.findOperator(other).orElseThrow().name()))))
				.andExpect(content().string(not(containsString(counsellor.email()))));
		mvc.perform(get("/operator/{id}/invitations/new", other.value()).with(user(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/operator/{id}/invitations/new", operator.value()).with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/operator").with(user(counsellor))).andExpect(status().isForbidden());
	}

	@Test
	void anAdminWithoutAnOperatorSeesAnExplanation() throws Exception {
		CurrentUser lonely = OrganisationTestData.person(accounts, "lonely", Role.OPERATOR_ADMIN);

		mvc.perform(get("/operator").with(user(lonely))).andExpect(status().isOk())
				.andExpect(content().string(containsString("responsable d'aucun organisme")));
	}

	private CurrentUser adminOf(OperatorId operator) {
		CurrentUser admin = OrganisationTestData.person(accounts, "operator-admin", Role.OPERATOR_ADMIN);
		organisations.addOperatorAdmin(operator, admin.id());
		return admin;
	}

	private CurrentUser counsellorOf(OperatorId operator, String prefix) {
		CurrentUser counsellor = OrganisationTestData.person(accounts, prefix, Role.COUNSELLOR);
		organisations.addCounsellor(operator, counsellor.id(), 8, Set.of(Language.FR));
		return counsellor;
	}
}
