package be.balise.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Set;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.EmailAddress;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Role and membership come together: when the membership cannot be recorded, the acceptance rolls back. */
@FullStackTest
class MembershipRecorderTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired Organisations organisations;
	@Autowired JdbcClient jdbc;

	@Test
	void anAcceptanceWhoseMembershipFailsGrantsNothingAndStaysOpen() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "Late");
		OperatorId elsewhere = OrganisationTestData.operator(organisations, "Early");
		CurrentUser admin = OrganisationTestData.person(accounts, "recorder-admin", Role.OPERATOR_ADMIN);
		organisations.addOperatorAdmin(operator, admin.id());
		CurrentUser worker = OrganisationTestData.person(accounts, "recorder-worker", Role.WORKER);
		organisations.inviteCounsellor(admin, organisations.findOperator(operator).orElseThrow(),
				new EmailAddress(worker.email()), Locale.FRENCH, 4, Set.of(Language.FR));
		String token = OrganisationTestData.lastTokenTo(jdbc, worker.email());
		// Between the invitation and its acceptance, another operator took the person on.
		organisations.addCounsellor(elsewhere, worker.id(), 3, Set.of(Language.FR));

		assertThatThrownBy(() -> mvc.perform(post("/invitation").param("token", token)
				.param("password", OrganisationTestData.PASSWORD).with(csrf())))
				.hasRootCauseInstanceOf(IllegalStateException.class);

		assertThat(accounts.findById(worker.id()).orElseThrow().roles()).containsExactly(Role.WORKER);
		assertThat(organisations.counsellorsOf(operator)).isEmpty();
		assertThat(jdbc.sql("select accepted_at is null from invitation where email = :email")
				.param("email", worker.email()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void anAcceptedCounsellorInvitationRecordsTheMembership() throws Exception {
		OperatorId operator = OrganisationTestData.operator(organisations, "OnTime");
		CurrentUser admin = OrganisationTestData.person(accounts, "recorder-admin-ok", Role.OPERATOR_ADMIN);
		organisations.addOperatorAdmin(operator, admin.id());
		CurrentUser worker = OrganisationTestData.person(accounts, "recorder-worker-ok", Role.WORKER);
		organisations.inviteCounsellor(admin, organisations.findOperator(operator).orElseThrow(),
				new EmailAddress(worker.email()), Locale.FRENCH, 4, Set.of(Language.FR));

		mvc.perform(post("/invitation").param("token", OrganisationTestData.lastTokenTo(jdbc, worker.email()))
				.param("password", OrganisationTestData.PASSWORD).with(csrf()));

		assertThat(accounts.findById(worker.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.WORKER, Role.COUNSELLOR);
		assertThat(organisations.operatorOfCounsellor(worker.id())).contains(operator);
	}
}
