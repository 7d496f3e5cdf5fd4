package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.balise.identity.AccountService;
import be.balise.testing.DemoStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's contracted bilans went through signed conventions, and two conventions wait for the fund's signature. */
@DemoStackTest
class DemoConventionsTest {

	@Autowired MockMvc mvc;
	@Autowired AccountService accounts;
	@Autowired JdbcClient jdbc;

	@Test
	void theDemoFundOfficerHasConventionsToSign() throws Exception {
		var fund = accounts.findByEmail(DemoAccounts.FUND).orElseThrow();

		String page = mvc.perform(get("/fund/conventions").with(user(fund))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Théo Lambrecht", "Aïcha Moreau");
	}

	@Test
	void everyDemoBilanPastTheContractHasItsSignaturesAndConsent() {
		assertThat(jdbc.sql("""
				select count(*) from bilan b where b.state in ('CONTRACTED', 'PRELIMINARY', 'INVESTIGATION', 'CONCLUSION',
				    'FOLLOW_UP', 'SUSPENDED', 'CLOSED')
				  and b.id in (select bilan_id from convention)
				  and not exists (select 1 from bilan_consent c where c.bilan_id = b.id)""").query(Integer.class).single())
				.isZero();
		assertThat(jdbc.sql("select count(*) from convention where settled_as = 'CONTRACTED'").query(Integer.class).single())
				.isGreaterThanOrEqualTo(8);
	}
}
