package be.balise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole entry through the pages: the worker asks, is told by e-mail that the fund accepted, chooses the
 * operator; the admin assigns a counsellor; the first meeting decides to continue; every party signs the
 * convention and the worker consents; the bilan is contracted.
 */
@BrowserTest
@Tag("balises-F1")
class ConventionBrowserTest {

	static final String PASSWORD = "from the request to the convention";

	@Autowired WorldFactory worlds;
	@Autowired JdbcClient jdbc;

	@Test
	void fromTheRequestToTheSignedConvention(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		jdbc.sql("update scheme set max_hours = 24, signing_deadline_days = 30 where id = :id")
				.param("id", world.scheme.id().value()).update();
		CurrentUser worker = world.worker("entree");

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/requests/new");
		browser.find(By.cssSelector("input[name=schemeId][value='" + world.scheme.id() + "']")).click();
		browser.find(By.id("jointCommittee")).sendKeys("319.02");
		browser.find(By.id("companyNumber")).sendKeys("0412.345.678");
		new Select(browser.find(By.id("workStatus"))).selectByValue("FULL_TIME");
		browser.find(By.id("experienceYears")).sendKeys("9");
		new Select(browser.find(By.id("residenceRegion"))).selectByValue("BRUSSELS");
		browser.find(By.id("reasons")).sendKeys("Je voudrais savoir vers quoi évoluer.");
		browser.find(By.id("region")).sendKeys("Bruxelles");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		String bilan = browser.path().substring("/worker/bilans/".length());
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund/requests/" + bilan);
		browser.clickAndWait(By.cssSelector("button[value=ACCEPT]"));
		browser.signOut();
		assertThat(jdbc.sql("select subject from outbox_message where recipient = :to and bilan_id = :bilan")
				.param("to", worker.email()).param("bilan", java.util.UUID.fromString(bilan)).query(String.class).list())
				.anySatisfy(subject -> assertThat(subject).contains("acceptée"));

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		browser.find(By.cssSelector("input[name=operator][value='" + world.operator.value() + "']")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/operator'] button"));
		browser.signOut();

		browser.signIn(world.operatorAdmin.email(), PASSWORD);
		browser.open("/operator/bilans/" + bilan);
		new Select(browser.find(By.id("counsellor"))).selectByValue(world.counsellor.id().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/assign'] button"));
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.id("plannedHours"));
		for (String box : new String[] { "presentedOperator", "presentedProcess", "presentedMethods", "presentedTools",
				"voluntaryConfirmed" }) {
			browser.find(By.cssSelector("#first-meeting input[name=" + box + "]")).click();
		}
		browser.find(By.id("motives")).sendKeys("Envie de changer de secteur sans perdre son expérience.");
		browser.find(By.id("plannedHours")).sendKeys("30");
		new Select(browser.find(By.id("rhythmWeeks"))).selectByValue("2");
		browser.find(By.cssSelector("input[name=modality][value=MIXED]")).click();
		browser.clickAndWait(By.cssSelector("#first-meeting button[name=decision]"));
		assertThat(browser.text(By.id("first-meeting"))).contains("24");
		assertThat(browser.find(By.id("motives")).getAttribute("value")).contains("Envie de changer de secteur");
		browser.screenshot("convention-first-meeting-refused-hours");
		browser.find(By.id("plannedHours")).clear();
		browser.find(By.id("plannedHours")).sendKeys("18");
		browser.clickAndWait(By.cssSelector("#first-meeting button[name=decision]"));
		waitFor(browser, By.cssSelector("#convention .fingerprint"));
		browser.screenshot("convention-counsellor-ready");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.id("sign-password")).sendKeys("pas le bon");
		browser.clickAndWait(By.cssSelector("#convention form[action$='/sign'] button"));
		assertThat(browser.text(By.cssSelector(".alert--error"))).contains("mot de passe");
		waitFor(browser, By.id("sign-password")).sendKeys(PASSWORD);
		browser.screenshot("convention-worker-sign");
		browser.clickAndWait(By.cssSelector("#convention form[action$='/sign'] button"));
		waitFor(browser, By.cssSelector("#convention a[href$='/consent']")).click();
		waitFor(browser, By.cssSelector("input[name=charter]")).click();
		browser.find(By.cssSelector("input[name=consent]")).click();
		browser.screenshot("convention-consent");
		browser.clickAndWait(By.cssSelector("form[action$='/consent'] button"));
		browser.signOut();

		browser.signIn(world.operatorAdmin.email(), PASSWORD);
		browser.open("/operator/bilans/" + bilan);
		waitFor(browser, By.id("sign-password")).sendKeys(PASSWORD);
		browser.screenshot("convention-operator-sign");
		browser.clickAndWait(By.cssSelector("#convention form[action$='/sign'] button"));
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund/conventions");
		browser.find(By.cssSelector("input[name=bilan][value='" + bilan + "']")).click();
		browser.find(By.id("fund-password")).sendKeys(PASSWORD);
		browser.screenshot("convention-fund-list");
		browser.clickAndWait(By.cssSelector("form[action='/fund/conventions/sign'] button"));
		assertThat(browser.text(By.cssSelector(".alert--success"))).isNotBlank();
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#convention .badge--ok"));
		assertThat(jdbc.sql("select state from bilan where id = :id").param("id", java.util.UUID.fromString(bilan))
				.query(String.class).single()).isEqualTo("CONTRACTED");
		assertThat(browser.text(By.id("convention"))).doesNotContain("En attente");
		browser.screenshot("convention-worker-contracted");
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
	}
}
