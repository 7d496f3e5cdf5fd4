package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import be.balise.testing.Browser;
import be.balise.testing.BrowserTest;
import be.balise.testing.InjectedFailures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The front door in a real browser: the reader switches language and stays on the page, and the welcome and
 * sign-in pages pass an accessibility smoke check (FIDELITY.md C1: accessible pages, the worker's language).
 */
@BrowserTest
@Tag("balises-C1")
class WelcomeBrowserTest {

	@Autowired MessageSource messages;

	@Test
	void switchesFromFrenchToDutchToEnglishOnTheWelcomePage(Browser browser) {
		browser.open("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("web.welcome.title", "fr"));

		for (String language : List.of("nl", "en")) {
			browser.clickAndWait(By.cssSelector(".language-switch button[value='" + language + "']"));

			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("web.welcome.title", language));
			assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
		}
	}

	@Test
	void theWelcomeAndSignInPagesPassTheAccessibilitySmokeCheck(Browser browser) {
		for (String page : List.of("/", "/login")) {
			browser.open(page);

			assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).as(page).isIn("fr", "nl", "en");
			assertThat(browser.findAll(By.tagName("h1"))).as("%s: one h1", page).hasSize(1);
			for (String landmark : List.of("header", "main", "footer")) {
				assertThat(browser.findAll(By.tagName(landmark))).as("%s: a %s", page, landmark).hasSize(1);
			}
			assertThat(browser.findAll(By.cssSelector("a.skip-link[href='#main']"))).as("%s: a skip link", page).hasSize(1);
			for (WebElement input : browser.findAll(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
				assertThat(hasLabel(browser, input)).as("%s: a label for %s", page, input.getDomAttribute("name")).isTrue();
			}
			for (WebElement button : browser.findAll(By.cssSelector("button, a"))) {
				String name = button.getAccessibleName();
				assertThat(name).as("%s: an accessible name for %s", page, button.getTagName()).isNotBlank();
			}
		}
	}

	@Test
	void takesScreenshotsOfTheFrontPagesAtPhoneAndDesktopWidths(Browser browser) {
		assertThat(browser.open("/").screenshot("welcome")).allSatisfy(file -> assertThat(file).isNotEmptyFile());
		assertThat(browser.open("/login").screenshot("login")).hasSize(2);
		assertThat(browser.open("/login?error").screenshot("login-error")).hasSize(2);
		browser.open("/assets/missing.css");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("web.error.notFound.title", "fr"));
		assertThat(browser.screenshot("error-not-found")).hasSize(2);
		assertThat(browser.open(InjectedFailures.BASE + "/bug").screenshot("error-server")).hasSize(2);
	}

	private static boolean hasLabel(Browser browser, WebElement input) {
		String id = input.getDomAttribute("id");
		boolean labelled = id != null && !browser.findAll(By.cssSelector("label[for='" + id + "']")).isEmpty();
		return labelled || input.getDomAttribute("aria-label") != null || input.getDomAttribute("aria-labelledby") != null;
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}
}
