package be.balise.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium for the whole run (closed when the run ends), gives each test a {@link Browser} on
 * the running server with no cookies left from the test before.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("BALISE_REQUIRE_BROWSER"))) {
			throw new ExtensionConfigurationException("BALISE_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: apt-get install -y chromium chromium-driver");
		}
		Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed: browser tests skipped");
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		driver(context).manage().deleteAllCookies();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		return new Browser(driver(context), "http://localhost:" + port);
	}

	private static ChromeDriver driver(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE)
				.computeIfAbsent(Chromium.class, key -> new Chromium(), Chromium.class).driver;
	}

	/** The browser process, quit by JUnit when the run's root context closes. */
	private static final class Chromium implements AutoCloseable {

		final ChromeDriver driver;

		Chromium() {
			// the explicit driver path keeps Selenium Manager from going to the network (STACK.md)
			var options = new ChromeOptions().setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=fr-BE");
			// a Belgian French reader, as most of Balise's are
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-BE,fr"));
			options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
			var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
					.usingAnyFreePort().build();
			driver = new ChromeDriver(service, options);
		}

		@Override
		public void close() {
			driver.quit();
		}
	}
}
