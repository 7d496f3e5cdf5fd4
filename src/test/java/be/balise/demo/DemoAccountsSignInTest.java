package be.balise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.balise.identity.AccountService;
import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every demo account of the README signs in through the login page and lands on the home page of its role. The
 * accounts are created as the demo profile creates them, without the rest of the demo installation.
 */
@BrowserTest
class DemoAccountsSignInTest {

	static final List<String> ACCOUNTS = List.of(DemoAccounts.WORKER, DemoAccounts.COUNSELLOR, DemoAccounts.COUNSELLOR_2,
			DemoAccounts.OPERATOR, DemoAccounts.OPERATOR_2, DemoAccounts.FUND, DemoAccounts.ADMIN);

	@Autowired AccountService accounts;

	@BeforeEach
	void createTheDemoAccounts() {
		if (accounts.findByEmail(DemoAccounts.ADMIN).isEmpty()) {
			DemoAccounts.create(accounts);
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ACCOUNTS")
	void signsInAndLandsOnTheHomeOfItsRole(String email, Browser browser) {
		CurrentUser person = accounts.findByEmail(email).orElseThrow();

		browser.signIn(email, DemoAccounts.PASSWORD);

		assertThat(browser.path()).isEqualTo(person.primaryRole().homePath());
		System.out.printf("Demo sign-in: %s lands on %s, whose page says \"%s\"%n", email, browser.path(),
				browser.text(By.tagName("h1")));
		browser.signOut();
		assertThat(browser.path()).isEqualTo("/login?logout");
	}
}
