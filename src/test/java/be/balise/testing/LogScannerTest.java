package be.balise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan that runs after the suite finds what it must, and only that, on a crafted log. */
class LogScannerTest {

	@TempDir Path directory;

	@Test
	void findsEveryKindOfSecretAndNamesItsLine() throws IOException {
		String planted = "CANARY-note-0123456789abcdef";
		Path log = write("crafted.log",
				"2026-01-01T10:00:00Z INFO Started BaliseApplication in 4.2 seconds",
				"INFO saved note " + planted,
				"DEBUG form password=" + "balise-demo-2026",
				"DEBUG Cookie: SESSION=" + "NmU4MjVlM2YtZTliZS00Zjg5LWIyOWYtYWM2YjM1NmQxZjg3",
				"DEBUG sessionId=" + "6e825e3f-e9be-4f89-b29f-ac6b356d1f87",
				"DEBUG <input type=\"hidden\" name=\"_csrf\" value=\"" + "abcdefghijABCDEFGHIJ0123456789\">",
				"DEBUG Authorization: Bearer " + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
				"DEBUG hash {argon2}" + "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
				"INFO mail to x@example.org with link https://balise.example/reset?token=" + "Zm9vYmFyYmF6cXV4cXV1eA",
				"INFO otpauth" + "://totp/Balise:x?secret=JBSWY3DPEHPK3PXP",
				"INFO an unrecorded canary CANARY-answer-fedcba9876543210",
				"WARN Using generated security password: " + "4c2d6b0e-8b7a-4a59-9d8f-0f1f7b9b1f00",
				"INFO the same planted password " + "outage-password-planted");

		var report = LogScanner.scan(List.of(log), List.of(planted, "outage-password-planted"));

		assertThat(report.hits()).extracting(LogScanner.Hit::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
		assertThat(report.hits()).extracting(LogScanner.Hit::kind).contains("canary", "session cookie", "session id",
				"CSRF token", "bearer token", "password hash", "token in a link", "TOTP secret", "generated password");
		assertThat(report.hits()).allSatisfy(hit -> assertThat(hit.toString()).doesNotContain(planted, "balise-demo-2026"));
		assertThat(report.lines()).isEqualTo(13);
	}

	@Test
	void leavesOrdinaryApplicationLinesAlone() throws IOException {
		Path log = write("ordinary.log",
				"2026-01-01T10:00:00Z INFO 1 --- [balise] [main] com.zaxxer.hikari.HikariDataSource : balise - Start completed.",
				"INFO Database: jdbc:postgresql://127.0.0.1:5432/balise_t_f8a93e1d8dab4075 (PostgreSQL 15.20)",
				"INFO Global AuthenticationManager configured with UserDetailsService bean with name accountDetailsService",
				"ERROR Error reference 162B975A on GET /test-failures/sql",
				"org.springframework.jdbc.BadSqlGrammarException: select password_hash from account where email = ?",
				"WARN Database unavailable, reference 1A2B3C4D: CannotCreateTransactionException",
				"INFO account 6e825e3f-e9be-4f89-b29f-ac6b356d1f87 signed in",
				"INFO Mail to worker@demo.balise.be: Votre bilan commence");

		assertThat(LogScanner.scan(List.of(log), List.of()).hits()).isEmpty();
	}

	@Test
	void canariesHaveOneShapeAndAreRecorded() throws IOException {
		String canary = Canaries.next("scanner_self_test");

		assertThat(canary).matches(Canaries.SHAPE.pattern()).startsWith("CANARY-scanner_self_test-");
		assertThat(Canaries.recorded(Canaries.FILE)).contains(canary);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(directory.resolve(name), List.of(lines));
	}
}
