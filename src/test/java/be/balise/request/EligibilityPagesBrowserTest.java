package be.balise.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The request form with a refused field, the fund's queue and decision page with rule results, at phone and desk widths. */
@BrowserTest
class EligibilityPagesBrowserTest {

	static final String PASSWORD = "rules are data, not code";

	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;

	@Test
	void theWorkerFixesARefusedFieldAndTheFundOfficerReadsEachRule(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		jdbc.sql("""
				insert into scheme_rule (scheme_id, position, rule_type, params) values
				(:scheme, 1, 'MIN_EXPERIENCE_YEARS', '{"years": 7}'),
				(:scheme, 2, 'RESIDENCE_REGIONS', '{"regions": ["FLANDERS", "BRUSSELS"]}'),
				(:scheme, 3, 'HOUR_BUDGET', '{"periodYears": 6, "parts": [{"hours": 4, "document": "POP"}, {"hours": 3, "document": "POP"}]}')""")
				.param("scheme", world.scheme.id().value()).update();
		CurrentUser worker = world.worker("browser-rules");
		world.request(world.worker("waiting"), "autre demande");

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/requests/new");
		browser.find(By.cssSelector("input[name=schemeId][value='" + world.scheme.id() + "']")).click();
		browser.find(By.id("jointCommittee")).sendKeys("319.02");
		browser.find(By.id("companyNumber")).sendKeys("0412.345.678");
		new Select(browser.find(By.id("workStatus"))).selectByValue("FULL_TIME");
		browser.find(By.id("experienceYears")).sendKeys("cinq");
		new Select(browser.find(By.id("residenceRegion"))).selectByValue("WALLONIA");
		browser.find(By.id("reasons")).sendKeys("Je voudrais changer de métier.");
		browser.find(By.id("region")).sendKeys("Liège");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		assertThat(browser.find(By.id("experienceYears")).getAttribute("value")).isEqualTo("cinq");
		assertThat(browser.find(By.id("reasons")).getAttribute("value")).isEqualTo("Je voudrais changer de métier.");
		browser.screenshot("request-form-refused-field");
		browser.find(By.id("experienceYears")).clear();
		browser.find(By.id("experienceYears")).sendKeys("5");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		String bilan = browser.path().substring("/worker/bilans/".length());
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund");
		assertThat(browser.findAll(By.cssSelector("input[name=ids]"))).hasSize(2);
		browser.screenshot("fund-queue");
		browser.open("/fund/requests/" + bilan);
		assertThat(browser.text(By.cssSelector(".rule-results"))).contains("Non respectée").contains("À vérifier");
		browser.screenshot("fund-decision-rules");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("reason"))).selectByValue("EXPERIENCE_TOO_SHORT");
		browser.find(By.id("note")).sendKeys("Le chèque demande au moins 7 ans d'expérience.");
		browser.clickAndWait(By.cssSelector("button[value=REFUSE]"));
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> !driver.findElements(By.id("fund-decision")).isEmpty());
		assertThat(browser.text(By.id("fund-decision"))).contains("Le chèque demande au moins 7 ans");
		browser.screenshot("worker-bilan-decision");
	}
}
