package be.balise.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
 * The counsellor writes a note, an objective and an option on the bilan page; the worker sees them, adds a research
 * entry and uploads a CV, and edits the objective while the counsellor has just changed it: the page shows both.
 */
@BrowserTest
@Tag("balises-K3")
class CaseworkBrowserTest {

	static final String PASSWORD = "casework through the pages";

	@Autowired WorldFactory worlds;
	@Autowired ObjectiveService objectives;

	@Test
	void theCounsellorAndTheWorkerWorkOnTheSameBilan(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("casework-browser");
		BilanId bilan = world.investigating(worker, "Je cherche un métier qui me ressemble.", "Démarche volontaire.");

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.id("note-text")).sendKeys("## Deuxième entretien\nA parlé de **menuiserie** et de *transmission*.\n\n- visiter un atelier\n- lire la fiche métier");
		browser.clickAndWait(By.cssSelector("form[action$='/notes'] button"));
		waitFor(browser, By.id("objective-new")).sendKeys("Choisir une piste de reconversion réaliste d'ici juin");
		browser.clickAndWait(By.cssSelector("form[action$='/objectives'] button"));
		waitFor(browser, By.cssSelector("#options details summary")).click();
		browser.find(By.id("option-new-description")).sendKeys("Menuisier·ère d'agencement");
		browser.find(By.id("option-new-pros")).sendKeys("Goût du travail manuel, patience");
		browser.find(By.id("option-new-cons")).sendKeys("Effort physique");
		browser.find(By.id("option-new-realism")).sendKeys("Formation en alternance de 18 mois, demande forte à Liège");
		browser.find(By.id("option-new-missing")).sendKeys("Un stage d'observation");
		browser.clickAndWait(By.cssSelector("form[action$='/options'] button"));
		waitFor(browser, By.cssSelector(".note__body strong"));
		assertThat(browser.text(By.cssSelector(".note__body strong"))).isEqualTo("menuiserie");
		browser.screenshot("casework-counsellor-bilan");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		waitFor(browser, By.cssSelector("#options .option-facts"));
		assertThat(browser.text(By.id("objectives"))).contains("Choisir une piste de reconversion réaliste d'ici juin");
		assertThat(browser.driver().getPageSource()).doesNotContain("menuiserie**").doesNotContain("Deuxième entretien");
		waitFor(browser, By.cssSelector("#research details summary")).click();
		browser.find(By.id("research-title")).sendKeys("Rencontre avec une ébéniste");
		browser.driver().executeScript("arguments[0].value = '2026-03-04'", browser.find(By.id("research-date")));
		browser.find(By.id("research-summary")).sendKeys("Le métier demande de la patience.");
		browser.clickAndWait(By.cssSelector("form[action$='/research'] button"));
		waitFor(browser, By.id("document-file")).sendKeys(cv().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/documents'] button"));
		waitFor(browser, By.cssSelector("#documents a[download]"));
		assertThat(browser.text(By.id("documents"))).contains("mon-cv.pdf");
		assertThat(browser.text(By.id("research"))).contains("Rencontre avec une ébéniste");
		browser.screenshot("casework-worker-bilan");

		var objective = objectives.read(world.counsellor, bilan).get(0);
		browser.find(By.cssSelector("#objectives .casework-item details summary")).click();
		WebElement text = browser.find(By.id("objective-" + objective.id()));
		text.clear();
		text.sendKeys("Choisir une piste d'ici juin, en gardant un temps partiel");
		objectives.edit(world.counsellor, bilan, objective.id(), objective.version(), "Choisir une piste d'ici juin, stage compris");
		browser.clickAndWait(By.cssSelector("form[action$='/objectives/" + objective.id() + "'] button"));
		assertThat(browser.text(By.id("conflict-current-text"))).isEqualTo("Choisir une piste d'ici juin, stage compris");
		assertThat(browser.find(By.id("conflict-text")).getAttribute("value"))
				.isEqualTo("Choisir une piste d'ici juin, en gardant un temps partiel");
		browser.screenshot("casework-edit-conflict");
		browser.signOut();
	}

	private static java.nio.file.Path cv() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempDirectory("casework").resolve("mon-cv.pdf");
			return java.nio.file.Files.write(file, DocumentsTest.PDF);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
