package be.balise.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RIASEC as people live it: the counsellor assigns it, the worker answers on a phone-sized window, leaves halfway,
 * comes back to find the answers kept, submits, and both see the Holland code; the counsellor writes the reading.
 */
@BrowserTest
@Tag("balises-F3")
@Tag("balises-K2")
class InstrumentBrowserTest {

	static final String PASSWORD = "interests on a small screen";
	/** S 5, E 4, A 3, I 2, R and C 1: the Holland code is SEA. */
	static final Map<String, Integer> ANSWER_BY_TYPE = Map.of("R", 1, "I", 2, "A", 3, "S", 5, "E", 4, "C", 1);

	@Autowired WorldFactory worlds;

	@Test
	void theWorkerAnswersOnAPhoneLeavesComesBackSubmitsAndBothSeeTheHollandCode(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("instruments-browser");
		BilanId bilan = world.investigating(worker, "Je cherche ce qui me plaît.", "Faire le point.");

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		new Select(waitFor(browser, By.id("instrument-choice"))).selectByValue("riasec");
		browser.clickAndWait(By.cssSelector("form[action$='/instruments'] button"));
		waitFor(browser, By.id("instruments"));
		browser.screenshot("instruments-counsellor-fragment");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		phone(browser);
		browser.open("/worker/bilans/" + bilan);
		browser.clickAndWait(By.linkText("Mes questionnaires"));
		browser.screenshot("instruments-worker-list");
		browser.clickAndWait(By.linkText("Répondre"));
		String answering = browser.path();
		browser.screenshot("instruments-worker-page");
		for (int page = 0; page < 3; page++) {
			answerVisibleItems(browser);
			browser.clickAndWait(By.cssSelector("button[value=NEXT]"));
		}
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		phone(browser);
		browser.open(answering);
		assertThat(browser.find(By.cssSelector("input[name='answer.riasec.R1'][value='1']")).isSelected()).isTrue();
		assertThat(browser.text(By.cssSelector("label[for=progress]"))).contains("24 réponses sur 48");
		for (int page = 0; page < 6; page++) {
			answerVisibleItems(browser);
			browser.clickAndWait(By.cssSelector(page < 5 ? "button[value=NEXT]" : "button[value=SUMMARY]"));
		}
		assertThat(browser.driver().getPageSource()).contains("48 questions sur 48");
		browser.screenshot("instruments-worker-summary");
		browser.clickAndWait(By.cssSelector("form[action$='/submit'] button.button--primary"));
		assertThat(browser.text(By.cssSelector(".holland-code"))).isEqualTo("SEA");
		assertThat(browser.find(By.cssSelector("svg.hexagon")).isDisplayed()).isTrue();
		assertThat(browser.find(By.cssSelector("a[href$='/pdf']")).isDisplayed()).isTrue();
		assertNoHorizontalOverflow(browser);
		browser.screenshot("instruments-worker-result");
		browser.signOut();

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan);
		waitFor(browser, By.linkText("Intérêts professionnels (RIASEC)"));
		browser.clickAndWait(By.linkText("Intérêts professionnels (RIASEC)"));
		assertThat(browser.text(By.cssSelector(".holland-code"))).isEqualTo("SEA");
		browser.find(By.id("reading")).sendKeys("Un intérêt net pour le social et l'entreprenant.");
		browser.clickAndWait(By.cssSelector("form[action$='/reading'] button"));
		assertThat(browser.find(By.id("reading")).getAttribute("value")).contains("intérêt net pour le social");
		browser.screenshot("instruments-counsellor-result");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		browser.open(answering + "/result");
		assertThat(browser.driver().getPageSource()).contains("intérêt net pour le social");
		browser.signOut();
	}

	@Test
	void theWorkerBuildsThePortfolioOnAPhoneAndReadsAnExternalTest(Browser browser) {
		World world = worlds.createWithPassword(PASSWORD);
		CurrentUser worker = world.worker("portfolio-browser");
		BilanId bilan = world.investigating(worker, "Je veux voir ce que je sais faire.", "Changer de secteur.");

		browser.signIn(world.counsellor.email(), PASSWORD);
		browser.open("/counsellor/bilans/" + bilan + "/external-tests");
		browser.find(By.id("test-name")).sendKeys("Strong Interest Inventory");
		browser.find(By.id("test-publisher")).sendKeys("The Myers-Briggs Company");
		browser.driver().executeScript("arguments[0].value = '2026-01-20'", browser.find(By.id("test-date")));
		browser.find(By.id("test-administrator")).sendKeys("Service d'orientation de la ville");
		browser.find(By.id("test-scores")).sendKeys("Code thème général : SAE");
		browser.clickAndWait(By.cssSelector("#new-test button.button--primary"));
		browser.find(By.cssSelector("textarea[id^=reading-]")).sendKeys("Converge avec les entretiens : le social d'abord.");
		browser.clickAndWait(By.cssSelector("form[action$='/reading'] button"));
		browser.screenshot("instruments-counsellor-external-tests");
		browser.signOut();

		browser.signIn(worker.email(), PASSWORD);
		phone(browser);
		browser.open("/worker/bilans/" + bilan);
		browser.clickAndWait(By.linkText("Portefeuille de compétences"));
		browser.find(By.cssSelector("input[name=kind][value=WORK]")).click();
		browser.find(By.id("experience-title")).sendKeys("Aide-soignante en maison de repos");
		browser.driver().executeScript("arguments[0].value = '2014-02-01'", browser.find(By.id("experience-start")));
		browser.driver().executeScript("arguments[0].value = '2025-12-31'", browser.find(By.id("experience-end")));
		browser.find(By.id("experience-description")).sendKeys("Soins, accompagnement des familles, transmissions.");
		browser.clickAndWait(By.cssSelector("#new-experience button.button--primary"));
		WebElement details = browser.find(By.cssSelector("section[id^=experience-] details"));
		details.findElement(By.tagName("summary")).click();
		details.findElement(By.cssSelector("input[name=name]")).sendKeys("Rassurer une personne inquiète");
		details.findElement(By.cssSelector("input[name=level][value='4']")).click();
		details.findElement(By.cssSelector("input[name=nature][value=PROFESSIONAL]")).click();
		details.findElement(By.cssSelector("input[name=transferable]")).click();
		details.findElement(By.cssSelector("textarea[name=evidence]")).sendKeys("Les familles me demandaient pour les annonces difficiles.");
		browser.clickAndWait(By.cssSelector("section[id^=experience-] details button.button--primary"));
		assertThat(browser.driver().getPageSource()).contains("Rassurer une personne inquiète").contains("4 sur 4");
		phone(browser);
		assertNoHorizontalOverflow(browser);
		browser.screenshot("instruments-worker-portfolio");
		browser.clickAndWait(By.linkText("Par compétence"));
		assertThat(browser.text(By.cssSelector("table.data th[scope=row]"))).isEqualTo("Rassurer une personne inquiète");
		browser.screenshot("instruments-worker-portfolio-by-skill");
		browser.open("/worker/bilans/" + bilan + "/external-tests");
		assertThat(browser.driver().getPageSource()).contains("Strong Interest Inventory").contains("Code thème général : SAE")
				.contains("Converge avec les entretiens");
		browser.screenshot("instruments-worker-external-tests");
		browser.signOut();
	}

	/** At 390 px the page itself never scrolls sideways: wide tables scroll inside their own frame. */
	private static void assertNoHorizontalOverflow(Browser browser) {
		phone(browser);
		Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
		assertThat(width.intValue()).isLessThanOrEqualTo(390);
	}

	/** Answers every item on the page, from the type its name carries (answer.riasec.S3 is Social). */
	private static void answerVisibleItems(Browser browser) {
		for (WebElement fieldset : browser.findAll(By.cssSelector("fieldset.instrument-item"))) {
			String name = fieldset.findElement(By.cssSelector("input[type=radio]")).getAttribute("name");
			String type = name.substring("answer.riasec.".length(), "answer.riasec.".length() + 1);
			WebElement radio = fieldset.findElement(By.cssSelector("input[value='" + ANSWER_BY_TYPE.get(type) + "']"));
			browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
			radio.click();
		}
	}

	/** A 390 px wide window, as on a phone. */
	private static void phone(Browser browser) {
		browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	private static WebElement waitFor(Browser browser, By by) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> driver.findElements(by).stream().findFirst().orElse(null));
	}
}
