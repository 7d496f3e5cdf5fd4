package be.balise.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class MasterKeyConfigurationTest {

	private static final String KEY = "q1ZJmXb0cYdUxJHk3m0lJ1s2Vh8c9l8uYg3TQ3nWJ6w=";

	@TempDir Path directory;

	private final MasterKeyConfiguration configuration = new MasterKeyConfiguration();

	@Test
	void refusesToStartWithoutMasterKeyOutsideTheDemoProfile() throws IOException {
		Path file = Files.writeString(directory.resolve("master-key"), KEY + "\n");

		assertThatThrownBy(() -> configuration.masterKeys(properties(null), new MockEnvironment()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("BALISE_MASTER_KEY_FILE")
				.hasMessageContaining("refuses to start");
		assertThat(configuration.masterKeys(properties(file.toString()), new MockEnvironment()).current().id()).hasSize(32);
	}

	@Test
	void generatesTheDemoKeyOnceReadableByItsOwnerOnlyAndReusesIt() throws IOException {
		var demo = new MockEnvironment();
		demo.setActiveProfiles("demo");

		MasterKeys first = configuration.masterKeys(properties(null), demo);
		MasterKeys second = configuration.masterKeys(properties(null), demo);

		Path generated = directory.resolve("data/master-key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generated))).isEqualTo("rw-------");
		assertThat(second.current().id()).isEqualTo(first.current().id());
	}

	@Test
	void prefersTheConfiguredKeyEvenInTheDemoProfile() throws IOException {
		Path file = Files.writeString(directory.resolve("master-key"), KEY);
		var demo = new MockEnvironment();
		demo.setActiveProfiles("demo");

		configuration.masterKeys(properties(file.toString()), demo);

		assertThat(directory.resolve("data/master-key")).doesNotExist();
	}

	@Test
	void namesAMissingKeyFileClearly() {
		Path missing = directory.resolve("nowhere");

		assertThatThrownBy(() -> configuration.masterKeys(properties(missing.toString()), new MockEnvironment()))
				.hasMessageContaining(missing.toString())
				.hasMessageContaining("does not exist");
	}

	@Test
	void refusesAMalformedKeyWithoutRepeatingItsContent() throws IOException {
		Path file = Files.writeString(directory.resolve("master-key"), "correct-horse-battery-staple");

		assertThatThrownBy(() -> configuration.masterKeys(properties(file.toString()), new MockEnvironment()))
				.hasMessageContaining("32 random bytes in base64")
				.hasMessageNotContaining("correct-horse");
	}

	@Test
	void refusesThePreviousKeyWhenItIsTheCurrentOne() throws IOException {
		Path file = Files.writeString(directory.resolve("master-key"), KEY);
		Path copy = Files.writeString(directory.resolve("old-master-key"), KEY);

		assertThatThrownBy(() -> configuration.masterKeys(
				new CryptoProperties(file.toString(), copy.toString(), null), new MockEnvironment()))
				.hasMessageContaining("same key");
	}

	private CryptoProperties properties(String masterKeyFile) {
		return new CryptoProperties(masterKeyFile, null, directory.resolve("data/master-key").toString());
	}
}
