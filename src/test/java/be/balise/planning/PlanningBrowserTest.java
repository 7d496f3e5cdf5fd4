package be.balise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions in a real browser: the worker sees a planned session and asks to move it, the counsellor sees the
 * request; screenshots of the planning pages at phone and desktop widths.
 */
@BrowserTest
@Tag("balises-C4")
class PlanningBrowserTest {

	static final String PASSWORD = "sessions in the browser";

	@Autowired WorldFactory worlds;
	@Autowired SessionService sessions;

	@Test
	void theWorkerAsksToMoveASessionAndTheCounsellorSeesTheRequest(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("Elise");
		BilanId bilan = world.investigating(worker, "raisons", "motivations");
		sessions.agreeRhythm(world.counsellor, bilan, 2);
		UUID held = sessions.plan(world.counsellor, bilan, new SessionPlan(SessionsTest.in(-7), 90, Modality.IN_PERSON,
				"Rue de la Loi 16, 1000 Bruxelles"));
		sessions.record(world.counsellor, bilan, held, SessionService.Outcome.HELD);
		UUID next = sessions.plan(world.counsellor, bilan, new SessionPlan(SessionsTest.in(7), 90, Modality.REMOTE,
				"https://visio.example/entretien-elise"));

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		browser.screenshot("planning-worker-sessions");
		browser.find(By.cssSelector("form[action$='/" + next + "/move-request']")).findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
		browser.find(By.id("reason-" + next)).sendKeys("Je suis en formation ce jour-là.");
		browser.clickAndWait(By.cssSelector("form[action$='/" + next + "/move-request'] button"));
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.text(By.id("sessions"))).contains("Demande de déplacement envoyée");
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.text(By.id("sessions"))).contains("Je suis en formation ce jour-là.");
		browser.screenshot("planning-counsellor-sessions");
		browser.open("/counsellor/calendar");
		browser.clickAndWait(By.cssSelector("form[action='/counsellor/calendar'] button"));
		browser.screenshot("planning-calendar-feed");
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/fund/requests/" + bilan);
		waitFor(browser, By.cssSelector("#sessions"));
		assertThat(browser.text(By.id("sessions"))).doesNotContain("Rue de la Loi").doesNotContain("visio.example");
		browser.screenshot("planning-fund-hours");
	}

	private static void waitFor(Browser browser, By by) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}
}
