package be.balise.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.request.RequestService;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fund officer edits a scheme into a new version through the form (a refused field first, nothing lost),
 * offers an operator for the scheme; the worker filters the operators offered; the operator admin sees the
 * counsellors suggested.
 */
@BrowserTest
class SchemeAdminBrowserTest {

	static final String PASSWORD = "schemes through the pages";

	@Autowired WorldFactory worlds;
	@Autowired Schemes schemes;
	@Autowired RequestService requests;
	@Autowired be.balise.assessment.Journey journey;

	@Test
	void theFundOfficerMakesANewVersionOfASchemeAndOffersAnOperator(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("browser-chooser");
		BilanId bilan = world.request(worker, "raisons");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund/schemes");
		browser.screenshot("scheme-list");
		browser.open("/fund/schemes/" + world.scheme.id() + "/edit");
		browser.find(By.id("nameEn")).clear();
		browser.find(By.id("nameEn")).sendKeys("Sector cheque");
		browser.find(By.id("jointCommittees")).sendKeys("319, 33O");
		browser.find(By.id("minExperienceYears")).sendKeys("-1");
		browser.find(By.id("budgetPeriodYears")).sendKeys("6");
		browser.find(By.id("budgetHours0")).sendKeys("4");
		browser.find(By.id("budgetDocuments0")).sendKeys("POP");
		new Select(browser.find(By.id("paysBasis"))).selectByValue("PER_HOUR");
		browser.find(By.id("paysAmount")).sendKeys("85");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		assertThat(browser.text(By.id("jointCommittees-error"))).contains("33O");
		assertThat(browser.find(By.id("jointCommittees")).getAttribute("value")).isEqualTo("319, 33O");
		assertThat(browser.find(By.id("nameEn")).getAttribute("value")).isEqualTo("Sector cheque");
		assertThat(browser.find(By.id("budgetDocuments0")).getAttribute("value")).isEqualTo("POP");
		browser.screenshot("scheme-form-refused");

		browser.find(By.id("jointCommittees")).clear();
		browser.find(By.id("jointCommittees")).sendKeys("319, 330");
		browser.find(By.id("minExperienceYears")).clear();
		browser.find(By.id("minExperienceYears")).sendKeys("2");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		assertThat(browser.path()).startsWith("/fund/schemes/").isNotEqualTo("/fund/schemes/" + world.scheme.id());
		assertThat(browser.text(By.cssSelector("main"))).contains("319, 330").contains("POP");
		browser.screenshot("scheme-version-2");
		var current = schemes.open().stream().filter(s -> s.code().equals(world.scheme.code())).findFirst().orElseThrow();
		assertThat(current.version()).isEqualTo(2);
		assertThat(current.nameEn()).isEqualTo("Sector cheque");

		browser.open("/fund/schemes/" + world.scheme.id());
		assertThat(browser.text(By.cssSelector("main"))).contains("Version antérieure");
		browser.screenshot("scheme-version-1");

		browser.open("/fund/schemes/" + current.id() + "/operators");
		new Select(browser.find(By.id("operator"))).selectByValue(world.operator.value().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/operators'] button"));
		assertThat(browser.text(By.cssSelector(".selection-list"))).contains("Organisme");
		browser.screenshot("scheme-operators");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		assertThat(browser.findAll(By.cssSelector("input[name=operator]"))).hasSize(1);
		new Select(browser.find(By.id("f-language"))).selectByValue("NL");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(By.cssSelector("input[name=operator]")).isEmpty());
		assertThat(browser.find(By.cssSelector("#operator-choices .empty")).isDisplayed()).isTrue();
		new Select(browser.find(By.id("f-language"))).selectByValue("FR");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(By.cssSelector("input[name=operator]")).size() == 1);
		browser.screenshot("worker-operator-choice");
		browser.find(By.cssSelector("input[name=operator]")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/operator'] button"));
		browser.signOut();

		browser.signIn(world.operatorAdmin.email(), PASSWORD);
		browser.open("/operator/bilans/" + bilan);
		assertThat(browser.text(By.cssSelector(".suggestion-list"))).contains("10 sur 10");
		browser.screenshot("operator-counsellor-suggestions");
		new Select(browser.find(By.id("counsellor"))).selectByValue(world.counsellor.id().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/assign'] button"));
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		BilanId refused = world.request(world.worker("browser-refused"), "raisons");
		browser.open("/fund/requests/" + refused);
		browser.screenshot("fund-decision-reasons");
	}
}
