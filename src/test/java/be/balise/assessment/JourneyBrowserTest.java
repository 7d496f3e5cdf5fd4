package be.balise.assessment;

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

/**
 * The thin journey as the people who live it click through it: the worker asks, the fund accepts, the worker
 * picks an operator, the operator assigns a counsellor, and the counsellor records the first meeting, signs
 * off the convention and moves the bilan through its phases to the follow-up and the closure.
 */
@BrowserTest
class JourneyBrowserTest {

	static final String PASSWORD = "a journey through the pages";

	@Autowired WorldFactory worlds;

	@Test
	void walksTheJourneyWithEachPersonInTurn(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("browser-worker");

		browser.signIn(worker.email(), PASSWORD);
		browser.clickAndWait(By.linkText("Demander un bilan"));
		browser.find(By.cssSelector("input[name=schemeId][value='" + world.scheme.id() + "']")).click();
		browser.find(By.id("jointCommittee")).sendKeys("319.02");
		browser.find(By.id("companyNumber")).sendKeys("0412.345.678");
		new Select(browser.find(By.id("workStatus"))).selectByValue("PART_TIME");
		browser.find(By.id("experienceYears")).sendKeys("9");
		new Select(browser.find(By.id("residenceRegion"))).selectByValue("WALLONIA");
		browser.find(By.id("reasons")).sendKeys("Je voudrais comprendre ce qui me motive encore.");
		browser.find(By.id("region")).sendKeys("Liège");
		browser.screenshot("journey-request-form");
		browser.clickAndWait(By.cssSelector("form button.button--primary"));
		String bilanPath = browser.path();
		assertThat(bilanPath).startsWith("/worker/bilans/");
		String bilan = bilanPath.substring("/worker/bilans/".length());
		assertThat(badge(browser)).isEqualTo("Demande envoyée");
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund/requests/" + bilan).screenshot("journey-fund-decision");
		browser.clickAndWait(By.cssSelector("button[value=ACCEPT]"));
		assertThat(browser.path()).isEqualTo("/fund");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open(bilanPath);
		browser.find(By.cssSelector("input[name=operator][value='" + world.operator.value() + "']")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/operator'] button"));
		assertThat(badge(browser)).isEqualTo("Organisme choisi");
		browser.signOut();

		browser.signIn(world.operatorAdmin.email(), PASSWORD);
		browser.open("/operator/bilans/" + bilan);
		new Select(browser.find(By.id("counsellor"))).selectByValue(world.counsellor.id().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/assign'] button"));
		assertThat(badge(browser)).isEqualTo("Premier entretien");
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.id("motives")).sendKeys("Souhaite faire le point, de sa propre initiative.");
		browser.find(By.cssSelector("input[name=voluntaryConfirmed]")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/first-meeting'] button"));
		browser.clickAndWait(By.cssSelector("form[action$='/contract'] button"));
		assertThat(badge(browser)).isEqualTo("Convention signée");
		for (String phase : new String[] { "PRELIMINARY", "INVESTIGATION", "CONCLUSION", "FOLLOW_UP" }) {
			new Select(browser.find(By.id("target"))).selectByValue(phase);
			browser.clickAndWait(By.cssSelector("form[action$='/phase'] button"));
		}
		assertThat(badge(browser)).isEqualTo("Suivi");
		waitFor(browser, By.id("sessions"));
		browser.screenshot("journey-counsellor-bilan");
		browser.clickAndWait(By.cssSelector("a[href$='/follow-up#closing']"));
		browser.find(By.id("closing-note")).sendKeys("Bilan clôturé après le suivi.");
		browser.clickAndWait(By.cssSelector("form[action$='/closure'] button"));
		assertThat(badge(browser)).isEqualTo("Clôturé");
		browser.open("/counsellor?ended=true").screenshot("journey-caseload-ended");
		assertThat(browser.driver().getPageSource()).contains(bilan);
		browser.signOut();
	}

	private static String badge(Browser browser) {
		return browser.text(By.cssSelector(".page-header .badge"));
	}

	/** Waits for a part of the page that htmx loads after the page itself. */
	private static org.openqa.selenium.WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
