package be.balise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * SECURITY.md D11, run by Failsafe once every other test has run: the application log of the suite and everything
 * the tests printed hold no canary, no password, no session id and no token. A hit fails {@code mvn verify}.
 */
class LogScanIT {

	static final Path TEST_LOGS = Path.of("target", "test-logs");
	static final Path SUREFIRE_OUTPUT = Path.of("target", "surefire-reports");

	@Test
	void theLogsOfTheSuiteHoldNoCanaryPasswordOrToken() throws IOException {
		List<Path> files = new ArrayList<>(list(TEST_LOGS, ".log"));
		files.addAll(list(SUREFIRE_OUTPUT, "-output.txt"));
		List<String> canaries = Canaries.recorded(Canaries.FILE);

		var report = LogScanner.scan(files, canaries);

		System.out.printf("Log scan: %d files, %d lines, %d canaries planted, %d hits%n", report.files(), report.lines(),
				canaries.size(), report.hits().size());
		if (!list(SUREFIRE_OUTPUT, "-output.txt").isEmpty()) {
			// tests printed something, so the application logged too: an empty log means it logs elsewhere, unscanned
			assertThat(list(TEST_LOGS, ".log")).as("the application log of the suite, in %s", TEST_LOGS)
					.anySatisfy(log -> assertThat(log).isNotEmptyFile());
		}
		assertThat(report.hits()).as("secrets in the logs of the suite").isEmpty();
	}

	private static List<Path> list(Path directory, String suffix) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}
}
