package be.balise.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import be.balise.assessment.BilanId;
import be.balise.assessment.BilanViews;
import be.balise.identity.CurrentUser;
import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.World;
import be.balise.testing.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worker finds, from their bilan, who opened their file and asks for erasure; the fund officer sees the
 * request. Screenshots on a phone and on a desktop.
 */
@BrowserTest
@Tag("balises-C10")
class PrivacyBrowserTest {

	static final String PASSWORD = "who opened my file today";

	@Autowired WorldFactory worlds;
	@Autowired BilanViews views;

	@Test
	void theWorkerFollowsTheLinkFromTheirBilanToTheAccessLog(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("browser-privacy");
		BilanId bilan = world.investigating(worker, "Je veux changer de métier.", "Venue de sa propre initiative.");
		views.view(world.counsellor, bilan, Locale.FRENCH);
		views.view(world.counsellor, bilan, Locale.FRENCH);

		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		browser.clickAndWait(By.linkText("Voir qui a consulté mon dossier"));

		assertThat(browser.path()).isEqualTo("/worker/bilans/" + bilan + "/access-log");
		assertThat(browser.text(By.cssSelector(".timeline"))).contains(world.counsellor.displayName(), "Vous");
		assertThat(browser.find(By.linkText("Télécharger toutes mes données")).getDomAttribute("href")).isEqualTo("/worker/export");
		browser.screenshot("privacy-access-log");

		browser.find(By.cssSelector("details.danger-zone summary")).click();
		browser.clickAndWait(By.cssSelector("form[action$='/erasure'] button"));
		browser.screenshot("privacy-erasure-asked");
		browser.signOut();

		browser.signIn(world.fundOfficer.email(), PASSWORD);
		browser.open("/privacy/erasure-requests");
		assertThat(browser.text(By.cssSelector(".cards"))).contains(worker.displayName());
		browser.screenshot("privacy-erasure-requests");
	}
}
