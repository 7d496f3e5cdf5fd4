package be.balise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanState;
import be.balise.assessment.Journey;
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
 * Through the pages: the counsellor drafts, the worker comments, both validate, the worker downloads the PDF and
 * shares it with an expiry; the link opens with the code in a browser without cookies; once revoked it stops working.
 */
@BrowserTest
@Tag("balises-C8")
@Tag("balises-D4")
class SynthesisBrowserTest {

	static final String PASSWORD = "synthesis through the pages";

	@Autowired WorldFactory worlds;
	@Autowired Journey journey;

	@Test
	void draftCommentValidateDownloadShareOpenAndRevoke(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("synthesis-browser");
		BilanId bilan = world.investigating(worker, "Je veux un métier plus manuel.", "Démarche volontaire.");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.id("synthesis-link"));
		browser.clickAndWait(By.id("synthesis-link"));
		browser.clickAndWait(By.id("synthesis-start"));
		WebElement projects = waitFor(browser, By.id("edit-projects"));
		projects.clear();
		projects.sendKeys("Devenir ébéniste dans un atelier de restauration");
		browser.find(By.id("edit-skills")).sendKeys("Précision, patience, goût des matériaux");
		browser.clickAndWait(By.id("synthesis-save"));
		browser.find(By.id("action-add")).click();
		browser.find(By.id("action-new-description")).sendKeys("Faire un stage d'observation");
		browser.find(By.id("action-new-firstStep")).sendKeys("Écrire à trois ateliers");
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id("action-new-targetDate")),
				LocalDate.now().plusMonths(2).toString());
		browser.find(By.id("action-new-contacts")).sendKeys("Atelier du Vieux Bois");
		browser.clickAndWait(By.cssSelector("form[action$='/synthesis/actions'] button"));
		assertThat(browser.text(By.id("text-projects"))).isEqualTo("Devenir ébéniste dans un atelier de restauration");
		browser.screenshot("synthesis-counsellor");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan + "/synthesis");
		browser.find(By.cssSelector("#projects details summary")).click();
		browser.find(By.id("comment-projects")).sendKeys("Oui, et si possible près de Namur.");
		browser.clickAndWait(By.cssSelector("#projects form[action$='/comments'] button"));
		assertThat(browser.text(By.id("projects"))).contains("Oui, et si possible près de Namur.");
		browser.clickAndWait(By.id("synthesis-validate"));
		browser.screenshot("synthesis-worker");
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan + "/synthesis");
		assertThat(browser.text(By.id("projects"))).contains("Oui, et si possible près de Namur.");
		browser.clickAndWait(By.id("synthesis-validate"));
		assertThat(browser.find(By.id("synthesis-frozen")).isDisplayed()).isTrue();
		assertThat(browser.findAll(By.id("synthesis-pdf"))).as("only the worker receives the PDF").isEmpty();
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan + "/synthesis");
		String pdf = fetch(browser, browser.find(By.id("synthesis-pdf")).getAttribute("href"));
		assertThat(pdf).isEqualTo("200 application/pdf %PDF");
		browser.clickAndWait(By.id("synthesis-shares"));
		browser.find(By.id("share-recipient")).sendKeys("Mme Lambert, ressources humaines");
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id("share-expires")),
				LocalDate.now().plusDays(14).toString());
		browser.find(By.id("share-password")).sendKeys(PASSWORD);
		browser.clickAndWait(By.id("share-create"));
		String link = browser.text(By.id("share-link"));
		String code = browser.text(By.id("share-code"));
		browser.screenshot("synthesis-share-created");

		// a fresh browser session: no cookies at all
		browser.driver().manage().deleteAllCookies();
		browser.driver().get(link);
		assertThat(browser.driver().getPageSource()).doesNotContain("ébéniste");
		browser.find(By.id("share-code-input")).sendKeys("ZZZZZ-ZZZZZ");
		browser.clickAndWait(By.id("share-open"));
		assertThat(browser.find(By.id("code-problem")).isDisplayed()).isTrue();
		browser.find(By.id("share-code-input")).sendKeys(code);
		browser.clickAndWait(By.id("share-open"));
		assertThat(browser.text(By.id("shared-projects"))).contains("Devenir ébéniste dans un atelier de restauration");
		assertThat(browser.driver().getPageSource()).doesNotContain("Je veux un métier plus manuel.")
				.doesNotContain("Oui, et si possible près de Namur.");
		assertThat(fetch(browser, browser.find(By.id("shared-pdf")).getAttribute("href"))).isEqualTo("200 application/pdf %PDF");
		browser.screenshot("synthesis-shared");

		browser.driver().manage().deleteAllCookies();
		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan + "/synthesis/shares");
		assertThat(browser.text(By.id("share-list"))).contains("Mme Lambert, ressources humaines");
		assertThat(browser.findAll(By.cssSelector(".share-openings li"))).hasSize(1);
		browser.screenshot("synthesis-shares");
		browser.clickAndWait(By.cssSelector("form[action$='/revoke'] button"));
		browser.signOut();

		browser.driver().manage().deleteAllCookies();
		browser.driver().get(link);
		assertThat(browser.find(By.id("share-gone")).isDisplayed()).isTrue();
		assertThat(browser.driver().getPageSource()).doesNotContain("ébéniste");
		browser.screenshot("synthesis-share-gone");
	}

	/** Fetches a URL from the page (same origin, with its cookies): status, type and the first bytes. */
	private static String fetch(Browser browser, String url) {
		return (String) browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
				    + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))));""", url);
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
