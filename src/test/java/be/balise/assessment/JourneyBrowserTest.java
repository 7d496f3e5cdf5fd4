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
 * The journey after the convention, as the counsellor clicks through it: the phases in turn, then the follow-up and
 * the closure with its note. The entry up to the signed convention is walked by the contract module's
 * ConventionBrowserTest.
 */
@BrowserTest
class JourneyBrowserTest {

	static final String PASSWORD = "a journey through the pages";

	@Autowired WorldFactory worlds;

	@Test
	void theCounsellorWalksTheBilanFromTheConventionToTheClosure(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("browser-worker");
		BilanId bilan = world.conducted(worker, world.operatorAdmin, world.operator, world.counsellor,
				"Je voudrais comprendre ce qui me motive encore.", "Souhaite faire le point.", BilanState.PRELIMINARY);

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		assertThat(badge(browser)).isEqualTo("Phase préliminaire");
		for (String phase : new String[] { "INVESTIGATION", "CONCLUSION", "FOLLOW_UP" }) {
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
		assertThat(browser.driver().getPageSource()).contains(bilan.toString());
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
