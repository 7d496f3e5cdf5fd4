package be.balise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser on the running application: open pages, fill and send forms, read what is shown, and take
 * screenshots at a phone's and a desktop's width (STYLE.md: check pages by looking at them).
 */
public final class Browser {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");
	public static final List<Integer> WIDTHS = List.of(390, 1280);

	private final ChromeDriver driver;
	private final String base;

	Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	/** The path (and query) of the page shown. */
	public String path() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public String text(By by) {
		return find(by).getText();
	}

	public String title() {
		return driver.getTitle();
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Clicks and waits for the next page to replace this one. */
	public Browser clickAndWait(By by) {
		WebElement html = find(By.tagName("html"));
		find(by).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(replaced -> isGone(html));
		return this;
	}

	/**
	 * Whether the old page is gone. ChromeDriver sometimes answers a node of a replaced document with a generic
	 * inspector error instead of a stale-element one: both mean the page was replaced.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		} catch (org.openqa.selenium.WebDriverException replaced) {
			return true;
		}
	}

	/** Signs in through the login form, as a person would. */
	public Browser signIn(String email, String password) {
		open("/login");
		find(By.id("username")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		return clickAndWait(By.cssSelector("form[action='/login'] button[type=submit]"));
	}

	public Browser signOut() {
		return clickAndWait(By.cssSelector("form[action='/logout'] button[type=submit]"));
	}

	/** Saves the whole page at each width of {@link #WIDTHS} as {@code target/screenshots/<name>-<width>.png}. */
	public List<Path> screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			List<Path> files = new ArrayList<>();
			for (int width : WIDTHS) {
				emulate(width, 800);
				Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
				emulate(width, Math.max(height.intValue(), 600));
				Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
				Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
				files.add(file);
			}
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			return files;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void emulate(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}
}
