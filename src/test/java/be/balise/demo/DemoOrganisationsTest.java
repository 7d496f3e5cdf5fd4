package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import be.balise.identity.AccountId;
import be.balise.identity.AccountService;
import be.balise.organisation.Counsellor;
import be.balise.organisation.Fund;
import be.balise.organisation.Operator;
import be.balise.organisation.Organisations;
import be.balise.testing.DemoStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo installation puts every demo account in its fund or operator. */
@DemoStackTest
class DemoOrganisationsTest {

	@Autowired Organisations organisations;
	@Autowired AccountService accounts;
	@Autowired MockMvc mvc;

	@Test
	void theDemoFundHasItsOfficer() {
		assertThat(organisations.fundsOfOfficer(id(DemoAccounts.FUND))).extracting(Fund::name)
				.containsExactly(DemoOrganisations.FUND_NAME);
	}

	@Test
	void eachOperatorAdminRunsTheirOperator() {
		assertThat(organisations.operatorsOfAdmin(id(DemoAccounts.OPERATOR))).extracting(Operator::name)
				.containsExactly(DemoOrganisations.FIRST_OPERATOR);
		assertThat(organisations.operatorsOfAdmin(id(DemoAccounts.OPERATOR_2))).extracting(Operator::name)
				.containsExactly(DemoOrganisations.SECOND_OPERATOR);
	}

	@Test
	void theTwoDemoCounsellorsWorkForTheFirstOperatorAndLucieForTheSecond() {
		Operator first = organisations.operatorsOfAdmin(id(DemoAccounts.OPERATOR)).get(0);
		Operator second = organisations.operatorsOfAdmin(id(DemoAccounts.OPERATOR_2)).get(0);

		assertThat(organisations.counsellorsOf(first.id())).extracting(Counsellor::email)
				.containsExactlyInAnyOrder(DemoAccounts.COUNSELLOR, DemoAccounts.COUNSELLOR_2);
		assertThat(organisations.counsellorsOf(second.id())).extracting(Counsellor::displayName)
				.containsExactly("Lucie Janssens");
		assertThat(organisations.counsellorsOf(second.id())).allMatch(Counsellor::available);
	}

	@Test
	void lucieHasNoDemoLoginWhileTheDemoCounsellorsDo() throws Exception {
		mvc.perform(formLogin("/login").user(DemoOrganisations.COUNSELLOR_WITHOUT_LOGIN).password(DemoAccounts.PASSWORD))
				.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(DemoAccounts.COUNSELLOR).password(DemoAccounts.PASSWORD))
				.andExpect(authenticated().withRoles("COUNSELLOR"));
	}

	private AccountId id(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
