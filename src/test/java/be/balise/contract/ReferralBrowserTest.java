package be.balise.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import be.balise.assessment.BilanId;
import be.balise.assessment.Journey;
import be.balise.identity.CurrentUser;
import be.balise.request.RequestService;
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
 * A referral through the pages: the counsellor opens the first meeting, uses the referral helper, refers the bilan
 * to the suggested scheme with a note; the worker then sees that scheme's description on their bilan page. Also
 * the reference library as a worker reads it.
 */
@BrowserTest
@Tag("balises-D8")
@Tag("balises-C3")
class ReferralBrowserTest {

	static final String PASSWORD = "referral through the pages";

	@Autowired WorldFactory worlds;
	@Autowired RequestService requests;
	@Autowired Journey journey;

	@Test
	void theCounsellorRefersWithTheHelperAndTheWorkerSeesTheScheme(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("referral-browser");
		BilanId bilan = world.request(worker, "Mon employeur va me licencier, je veux savoir quoi faire.");
		requests.decide(world.fundOfficer, bilan, RequestService.DecisionChoice.ACCEPT, null);
		journey.chooseOperator(worker, bilan, world.operator.value());
		journey.assignCounsellor(world.operatorAdmin, bilan, world.counsellor.id().value());

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.id("first-meeting"));
		browser.clickAndWait(By.id("referral-link"));
		for (String answer : new String[] { "initiative=EMPLOYER", "situation=DISMISSED", "aim=CARRY_OUT", "region=WALLONIA" }) {
			String[] parts = answer.split("=");
			browser.find(By.cssSelector("input[name='" + parts[0] + "'][value='" + parts[1] + "']")).click();
		}
		browser.clickAndWait(By.cssSelector("#referral-questions button"));
		assertThat(browser.text(By.id("suggestions"))).contains("Reclassement professionnel (outplacement)");
		assertThat(browser.find(By.cssSelector("input[name='scheme'][value='OUTPLACEMENT']")).isSelected()).isTrue();
		browser.find(By.id("referral-note")).sendKeys("Le licenciement est annoncé : l'outplacement répond mieux à la demande.");
		browser.screenshot("referral-counsellor");
		browser.clickAndWait(By.id("refer-confirm"));
		assertThat(browser.path()).isEqualTo("/counsellor/bilans/" + bilan);
		assertThat(browser.text(By.cssSelector(".alert--success"))).isNotBlank();
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		WebElement referral = waitFor(browser, By.cssSelector("#referral h2"));
		assertThat(referral.getText()).contains("Reclassement professionnel (outplacement)");
		assertThat(browser.text(By.id("referral"))).contains("CCT n° 51");
		assertThat(browser.driver().getPageSource()).contains("outplacement répond mieux");
		browser.screenshot("referral-worker-bilan");

		browser.clickAndWait(By.cssSelector("a[href='/reference']"));
		browser.screenshot("reference-index");
		browser.clickAndWait(By.cssSelector("a[href='/reference/lexicon']"));
		assertThat(browser.findAll(By.cssSelector("#lexicon > section"))).hasSize(11);
		browser.screenshot("reference-lexicon");
		browser.open("/reference/charter");
		assertThat(browser.text(By.id("document-text"))).isNotBlank();
		browser.screenshot("reference-charter");
		browser.signOut();
	}

	@Test
	void aFundOfficerEditsADocumentAndSeesTheConflictWhenAColleagueSavedFirst(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/reference/deontology");
		browser.clickAndWait(By.cssSelector("a[href='/fund/reference/deontology/edit']"));
		WebElement french = browser.find(By.id("text-fr"));
		french.sendKeys("\n\nAjout de la première personne.");
		// a colleague saves in between, from another browser
		String version = browser.find(By.name("version")).getAttribute("value");
		browser.driver().executeScript("""
				const body = new URLSearchParams();
				document.querySelectorAll('form.form--wide input, form.form--wide textarea').forEach(field => body.append(field.name, field.value));
				body.set('texts[fr]', 'Texte enregistré par un collègue.');
				return fetch('/fund/reference/deontology', {method: 'POST', body: body, redirect: 'manual'}).then(r => r.status);""");
		browser.screenshot("reference-edit");
		browser.clickAndWait(By.cssSelector("form.form--wide button.button--primary"));
		assertThat(browser.text(By.id("conflict"))).isNotBlank();
		assertThat(browser.text(By.id("current-fr"))).isEqualTo("Texte enregistré par un collègue.");
		assertThat(browser.find(By.id("text-fr")).getAttribute("value")).endsWith("Ajout de la première personne.");
		assertThat(browser.find(By.name("version")).getAttribute("value")).isEqualTo(String.valueOf(Integer.parseInt(version) + 1));
		browser.screenshot("reference-edit-conflict");

		browser.open("/reference/schemes/COACHING");
		browser.clickAndWait(By.cssSelector("a[href='/fund/reference/schemes/COACHING/edit']"));
		assertThat(browser.find(By.id("nl-name")).getAttribute("value")).isEqualTo("Persoonlijke coaching en loopbaancoaching");
		browser.screenshot("reference-edit-scheme");
		browser.signOut();
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
