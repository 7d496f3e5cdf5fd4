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
