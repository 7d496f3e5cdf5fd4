package be.balise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.postgresql.PGConnection;

/**
 * The whole test database as text, to prove something is NOT in it: every table of the public schema copied out
 * with COPY, and pg_dump's output when pg_dump is installed (as at /usr/bin/pg_dump). Byte columns come out as
 * hex ({@code \x...}), so look for the hex of a byte string as well as its text.
 */
public final class DatabaseDump {

	private static final List<Path> PG_DUMP = List.of(Path.of("/usr/lib/postgresql/15/bin/pg_dump"), Path.of("/usr/bin/pg_dump"));

	private DatabaseDump() {
	}

	/** One text per way of dumping: COPY of every table, then pg_dump's output if available. */
	public static List<String> of(HikariDataSource dataSource) throws Exception {
		var binary = PG_DUMP.stream().filter(Files::isExecutable).findFirst();
		return binary.isPresent() ? List.of(copyEveryTable(dataSource), pgDump(dataSource, binary.get()))
				: List.of(copyEveryTable(dataSource));
	}

	private static String copyEveryTable(HikariDataSource dataSource) throws SQLException, IOException {
		var out = new StringWriter();
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			List<String> tables = new ArrayList<>();
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				copy.copyOut("copy public.\"" + table + "\" to stdout", out);
			}
		}
		return out.toString();
	}

	private static String pgDump(HikariDataSource dataSource, Path binary) throws IOException, InterruptedException {
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
}
