package be.balise.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import be.balise.assessment.BilanId;
import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conducting a bilan in a real browser, in one go: the counsellor schedules a session and publishes a free slot;
 * the worker sees the session, asks to move it and picks the slot; the counsellor reads the request and writes a
 * note and an option; the worker adds a research entry and uploads a CV; the caseload shows the bilan with its next
 * session. Screenshots at 390 px and 1280 px at each step.
 */
@BrowserTest
@Tag("balises-K3")
class ConductBrowserTest {

	static final String PASSWORD = "conducting in the browser";

	@Autowired WorldFactory worlds;

	@Test
	void theCounsellorAndTheWorkerConductABilanThroughThePages(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("Rosalie");
		BilanId bilan = world.investigating(worker, "Je veux donner un sens à mon travail.", "Venue d'elle-même.");
		String sessionDay = LocalDate.now().plusDays(9).toString();
		String slotDay = LocalDate.now().plusDays(16).toString();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		setValue(browser, waitFor(browser, By.id("session-date")), sessionDay);
		setValue(browser, browser.find(By.id("session-time")), "10:30");
		browser.find(By.id("session-place")).sendKeys("Rue Royale 50, bureau 2");
		browser.clickAndWait(By.cssSelector("form.session-form button.button--primary"));
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.text(By.id("sessions"))).contains("Rue Royale 50");
		browser.open("/counsellor/slots");
		setValue(browser, browser.find(By.id("slot-date")), slotDay);
		setValue(browser, browser.find(By.id("slot-time")), "14:00");
		browser.clickAndWait(By.cssSelector("form[action='/counsellor/slots'] button"));
		assertThat(browser.text(By.id("slots"))).contains("Libre");
		browser.screenshot("conduct-counsellor-slots");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.text(By.id("sessions"))).contains("Rue Royale 50");
		browser.screenshot("conduct-worker-session");
		browser.find(By.cssSelector("#sessions details summary")).click();
		browser.find(By.cssSelector("#sessions textarea[name='reason']")).sendKeys("Je suis de garde ce matin-là.");
		browser.clickAndWait(By.cssSelector("#sessions form[action$='/move-request'] button"));
		waitFor(browser, By.id("free-slots"));
		assertThat(browser.text(By.id("sessions"))).contains("Demande de déplacement envoyée");
		browser.clickAndWait(By.cssSelector("#free-slots form button"));
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.findAll(By.id("free-slots"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector("#sessions .session-list > li"))).hasSize(2);
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#sessions .session-list"));
		assertThat(browser.text(By.id("sessions"))).contains("Je suis de garde ce matin-là.");
		waitFor(browser, By.id("note-text")).sendKeys("## Troisième entretien\nParle du **soin** aux autres.");
		browser.clickAndWait(By.cssSelector("form[action$='/notes'] button"));
		waitFor(browser, By.cssSelector("#options details summary")).click();
		browser.find(By.id("option-new-description")).sendKeys("Aide-soignante en maison de repos");
		browser.find(By.id("option-new-pros")).sendKeys("Contact humain");
		browser.find(By.id("option-new-cons")).sendKeys("Horaires coupés");
		browser.clickAndWait(By.cssSelector("form[action$='/options'] button"));
		waitFor(browser, By.cssSelector(".note__body strong"));
		assertThat(browser.text(By.cssSelector(".note__body strong"))).isEqualTo("soin");
		waitFor(browser, By.id("timeline"));
		browser.screenshot("conduct-counsellor-bilan");
		browser.open("/counsellor");
		assertThat(browser.text(By.id("caseload"))).contains(worker.displayName());
		browser.screenshot("conduct-caseload");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#options .option-facts"));
		assertThat(browser.text(By.id("options"))).contains("Aide-soignante en maison de repos");
		assertThat(browser.driver().getPageSource()).doesNotContain("Troisième entretien");
		waitFor(browser, By.cssSelector("#research details summary")).click();
		browser.find(By.id("research-title")).sendKeys("Journée d'observation en maison de repos");
		setValue(browser, browser.find(By.id("research-date")), LocalDate.now().minusDays(1).toString());
		browser.find(By.id("research-summary")).sendKeys("Le rythme est soutenu mais l'équipe est soudée.");
		browser.clickAndWait(By.cssSelector("form[action$='/research'] button"));
		waitFor(browser, By.id("document-file")).sendKeys(cv().toString());
		browser.find(By.cssSelector("#document-kind option[value='CV']")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/documents'] button"));
		waitFor(browser, By.cssSelector("#documents a[download]"));
		assertThat(browser.text(By.id("documents"))).contains("cv-rosalie.pdf").contains("CV");
		assertThat(browser.text(By.id("research"))).contains("Journée d'observation en maison de repos");
		waitFor(browser, By.id("timeline"));
		browser.screenshot("conduct-worker-bilan");
		browser.signOut();
	}

	private static java.nio.file.Path cv() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempDirectory("conduct").resolve("cv-rosalie.pdf");
			return java.nio.file.Files.write(file, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void setValue(Browser browser, WebElement input, String value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", input, value);
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
