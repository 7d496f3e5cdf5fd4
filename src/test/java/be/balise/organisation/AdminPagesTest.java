package be.balise.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.identity.Role;
import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The platform admin creates funds and operators and invites the people who run them. */
@FullStackTest
class AdminPagesTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired Organisations organisations;
	@Autowired JdbcClient jdbc;

	@Test
	void createsAFundThenInvitesItsOfficerWhoJoinsIt() throws Exception {
		CurrentUser admin = OrganisationTestData.person(accounts, "admin-fund", Role.PLATFORM_ADMIN);
		String name = OrganisationTestData.unique("Fonds");

		mvc.perform(post("/admin/funds").param("name", name).param("shortName", "FT").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin"));
		Fund fund = organisations.listFunds().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();

		String officerEmail = OrganisationTestData.uniqueEmail("officer");
		mvc.perform(post("/admin/funds/{id}/invitations", fund.id().value()).param("email", officerEmail)
				.param("language", "nl").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk())
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString(officerEmail)));

		String token = OrganisationTestData.lastTokenTo(jdbc, officerEmail);
		mvc.perform(post("/invitation").param("token", token).param("name", "Greet Peeters")
				.param("password", OrganisationTestData.PASSWORD).param("passwordConfirmation", OrganisationTestData.PASSWORD)
				.with(csrf()))
				.andExpect(redirectedUrl("/login?invited"));

		var officer = accounts.findByEmail(officerEmail).orElseThrow();
		assertThat(officer.roles()).containsExactly(Role.FUND_OFFICER);
		assertThat(organisations.fundsOfOfficer(officer.id())).extracting(Fund::id).containsExactly(fund.id());
		mvc.perform(get("/admin").with(user(admin))).andExpect(content().string(containsString("Greet Peeters")));
	}

	@Test
	void createsAnOperatorThenInvitesItsAdminWhoJoinsIt() throws Exception {
		CurrentUser admin = OrganisationTestData.person(accounts, "admin-operator", Role.PLATFORM_ADMIN);
		String name = OrganisationTestData.unique("Organisme");

		mvc.perform(post("/admin/operators").param("name", name).param("regions", "BRUSSELS", "FLANDERS")
				.param("languages", "FR", "NL").param("modalities", "REMOTE").param("capacity", "15")
				.param("contactEmail", "Info@Organisme.example").param("contactPhone", "+32 2 123 45 67")
				.with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin"));
		Operator operator = organisations.listOperators().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
		assertThat(operator.regions()).containsExactlyInAnyOrder(Region.BRUSSELS, Region.FLANDERS);
		assertThat(operator.contactEmail()).isEqualTo("info@organisme.example");

		String adminEmail = OrganisationTestData.uniqueEmail("operator-admin");
		mvc.perform(post("/admin/operators/{id}/invitations", operator.id().value()).param("email", adminEmail)
				.param("language", "fr").with(user(admin)).with(csrf()));
		mvc.perform(post("/invitation").param("token", OrganisationTestData.lastTokenTo(jdbc, adminEmail))
				.param("name", "Karim Benali").param("password", OrganisationTestData.PASSWORD)
				.param("passwordConfirmation", OrganisationTestData.PASSWORD).with(csrf()));

		var joined = accounts.findByEmail(adminEmail).orElseThrow();
		assertThat(organisations.operatorsOfAdmin(joined.id())).extracting(Operator::id).containsExactly(operator.id());
	}

	@Test
	void explainsWhatIsMissingInTheOperatorForm() throws Exception {
		CurrentUser admin = OrganisationTestData.person(accounts, "admin-invalid", Role.PLATFORM_ADMIN);
		String name = OrganisationTestData.unique("Incomplet");

		mvc.perform(post("/admin/operators").param("name", name).param("regions", "ATLANTIS").param("capacity", "beaucoup")
				.param("contactEmail", "nope").param("contactPhone", "call me").with(user(admin)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Cochez au moins une case")))
				.andExpect(content().string(containsString("nombre entier entre 0 et")))
				.andExpect(content().string(containsString("adresse e-mail complète")))
				.andExpect(content().string(containsString("numéro de téléphone")));

		assertThat(organisations.operatorNameTaken(name)).isFalse();
	}

	@Test
	void refusesASecondFundWithTheSameName() throws Exception {
		CurrentUser admin = OrganisationTestData.person(accounts, "admin-same", Role.PLATFORM_ADMIN);
		String name = OrganisationTestData.unique("Doublon");
		organisations.createFund(name, "D");

		mvc.perform(post("/admin/funds").param("name", " " + name.toUpperCase() + " ").param("shortName", "D2")
				.with(user(admin)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("déjà utilisé")));
	}

	@Test
	void onlyThePlatformAdminReachesTheseRoutes() throws Exception {
		CurrentUser admin = OrganisationTestData.person(accounts, "admin-routes", Role.PLATFORM_ADMIN);
		CurrentUser officer = OrganisationTestData.person(accounts, "officer-routes", Role.FUND_OFFICER);
		OperatorId operator = OrganisationTestData.operator(organisations, "Routes");
		String email = OrganisationTestData.uniqueEmail("routes-invited");

		mvc.perform(get("/admin").with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/operators/{id}/invitations", operator.value()).param("email", email)
				.with(user(officer)).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk());
		mvc.perform(post("/admin/operators/{id}/invitations", operator.value()).param("email", email)
				.with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin/operators/{id}/invitations/new", UUID.randomUUID()).with(user(admin)))
				.andExpect(status().isNotFound());
	}
}
