package be.balise.testing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of the test suite at its own fresh database, gives it the suite's master key,
 * and keeps the background re-encryption out of the way of the tests that drive it themselves.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains("balise-test-database")) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource("balise-test-database", Map.of(
				"balise.db.url", TestDatabaseServer.freshDatabase(),
				"balise.db.user", TestDatabaseServer.user(),
				"balise.db.pool-size", "5",
				"balise.crypto.master-key-file", TestMasterKey.file(),
				"balise.crypto.reencryption-delay", "PT12H")));
	}
}
