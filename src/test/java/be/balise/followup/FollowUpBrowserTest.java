package be.balise.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone-sized screen, the worker gives their appraisal at the end of the conclusion, agrees to the date of a
 * follow-up interview and fills in their self-assessment; the counsellor then reads it on their follow-up page.
 */
@BrowserTest
@Tag("balises-C9")
@Tag("balises-F6")
class FollowUpBrowserTest {

	static final String PASSWORD = "follow-up through the pages";

	@Autowired WorldFactory worlds;
	@Autowired Journey journey;
	@Autowired FollowUpService followUps;

	@Test
	void theWorkerGivesTheAppraisalAndFillsInTheSelfAssessmentOnAPhone(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("suivi-mobile");
		BilanId bilan = world.investigating(worker, "Je veux changer de métier.", "Démarche volontaire.");
		journey.moveToPhase(world.counsellor, bilan, BilanState.CONCLUSION, null);
		var plan = new PlanForm();
		plan.setDate(LocalDate.now().plusMonths(4));
		plan.setMoment("Trois mois après le début de la formation");
		followUps.plan(world.counsellor, bilan, plan);

		phone(browser);
		browser.signIn(worker.email(), PASSWORD);
		browser.open("/worker/bilans/" + bilan);
		browser.clickAndWait(By.cssSelector("a[href$='/follow-up']"));
		browser.screenshot("followup-worker-before");
		phone(browser);
		browser.clickAndWait(By.cssSelector("#appraisal a.button"));
		for (String item : new String[] { "clarity", "relationship", "methods", "synthesis" }) {
			browser.find(By.cssSelector("input[name=" + item + "][value='4']")).click();
		}
		browser.find(By.id("comment")).sendKeys("Un accompagnement à l’écoute, merci.");
		browser.clickAndWait(By.cssSelector("form.appraisal-form button"));
		// one answer was missing: it is marked, and what was chosen and typed is still there
		assertThat(browser.findAll(By.cssSelector(".field--error"))).hasSize(1);
		assertThat(browser.find(By.cssSelector("input[name=clarity][value='4']")).isSelected()).isTrue();
		assertThat(browser.find(By.id("comment")).getAttribute("value")).isEqualTo("Un accompagnement à l’écoute, merci.");
		browser.screenshot("followup-appraisal-missing");
		phone(browser);
		browser.find(By.cssSelector("input[name=recommend][value='5']")).click();
		browser.clickAndWait(By.cssSelector("form.appraisal-form button"));
		assertThat(browser.text(By.id("appraisal"))).contains("Merci");

		browser.clickAndWait(By.cssSelector("form[action$='/agree'] button"));
		assertThat(browser.text(By.id("interviews"))).contains("Date acceptée");
		browser.clickAndWait(By.cssSelector("#interviews a[href$='/self-assessment']"));
		browser.find(By.id("self-progress")).sendKeys("J’ai trouvé une formation qui commence en septembre.");
		browser.find(By.id("self-learnt")).sendKeys("J’avance mieux avec des étapes courtes.");
		browser.find(By.id("self-obstacles")).sendKeys("Concilier les horaires avec la garde des enfants.");
		browser.find(By.id("self-needs")).sendKeys("Un contact dans le secteur.");
		browser.screenshot("followup-self-assessment");
		phone(browser);
		browser.clickAndWait(By.cssSelector("form[action$='/self-assessment'] button"));
		assertThat(browser.text(By.id("interviews"))).contains("Auto-évaluation enregistrée");
		browser.screenshot("followup-worker-after");
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan + "/follow-up");
		assertThat(browser.text(By.id("interviews"))).contains("J’ai trouvé une formation qui commence en septembre.");
		browser.screenshot("followup-counsellor");
		browser.signOut();
	}

	private static void phone(Browser browser) {
		browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}
}
