package be.balise.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import be.balise.files.FileStore;
import be.balise.testing.FullStackTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SECURITY.md D1: content encrypted through the cipher or the file store never appears in a database dump,
 * neither as text nor as the hex of a bytea. Plain control values prove the dump does hold the rows.
 * The rows are read twice: by pg_dump (when installed, as at /usr/bin/pg_dump) and by COPY of every table.
 */
@FullStackTest
@Tag("balises-C10")
class DatabaseDumpCanaryTest {

	private static final List<Path> PG_DUMP = List.of(Path.of("/usr/lib/postgresql/15/bin/pg_dump"), Path.of("/usr/bin/pg_dump"));

	@Autowired ContentCipher cipher;
	@Autowired FileStore files;
	@Autowired JdbcClient jdbc;
	@Autowired HikariDataSource dataSource;

	@Test
	void aDatabaseDumpHoldsNoEncryptedCanary() throws Exception {
		KeyScope bilan = KeyScope.bilan(UUID.randomUUID());
		String inColumn = canary();
		String inFile = canary();
		String inFileName = canary();
		String controlText = "CONTROL-TEXT-" + UUID.randomUUID();
		String controlBytes = "CONTROL-BYTES-" + UUID.randomUUID();
		jdbc.sql("create table crypto_dump_probe (id uuid primary key, plain_text text, plain_bytes bytea, secret bytea)").update();
		try {
			UUID row = UUID.randomUUID();
			jdbc.sql("insert into crypto_dump_probe values (?, ?, ?, ?)")
					.params(row, controlText, utf8(controlBytes),
							cipher.encryptString(bilan, "Note : " + inColumn, ContentCipher.bindTo("crypto_dump_probe", row)))
					.update();
			files.store(bilan, "casework.document", inFileName + ".txt", utf8("Mon récit : " + inFile));

			for (String dump : dumps()) {
				assertThat(dump).contains(controlText, hex(controlBytes)).doesNotContain(controlBytes);
				for (String canary : List.of(inColumn, inFile, inFileName)) {
					assertThat(dump).doesNotContain(canary, hex(canary), canary.toLowerCase());
				}
			}
		} finally {
			jdbc.sql("drop table crypto_dump_probe").update();
		}
	}

	/** Every table copied out, and pg_dump's output of the test database when pg_dump is installed. */
	private List<String> dumps() throws Exception {
		var binary = PG_DUMP.stream().filter(Files::isExecutable).findFirst();
		return binary.isPresent() ? List.of(copyEveryTable(), pgDump(binary.get())) : List.of(copyEveryTable());
	}

	private String pgDump(Path binary) throws IOException, InterruptedException {
		Properties url = Driver.parseURL(dataSource.getJdbcUrl(), new Properties());
		Path errors = Files.createTempFile("pg_dump", ".err");
		var process = new ProcessBuilder(binary.toString(), "--no-password", "--no-owner", "-h", url.getProperty("PGHOST"),
				"-p", url.getProperty("PGPORT"), "-U", dataSource.getUsername(), "-d", url.getProperty("PGDBNAME"))
				.redirectError(errors.toFile())
				.start();
		String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("pg_dump failed: %s", Files.readString(errors)).isZero();
		Files.delete(errors);
		return dump;
	}

	private String copyEveryTable() throws SQLException, IOException {
		var out = new StringWriter();
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class).list()) {
				copy.copyOut("copy public.\"" + table + "\" to stdout", out);
			}
		}
		return out.toString();
	}

	private static String canary() {
		return "CANARY-CRYPTO-" + UUID.randomUUID();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String hex(String text) {
		return HexFormat.of().formatHex(utf8(text));
	}
}
