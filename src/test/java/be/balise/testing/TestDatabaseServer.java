package be.balise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL per test JVM: the server named by {@code BALISE_TEST_DB_URL} when set (CI), otherwise an
 * embedded PostgreSQL 15 in a throw-away directory. Each Spring context gets a fresh database on it.
 */
public final class TestDatabaseServer {

	private static final String SERVER_URL = System.getenv("BALISE_TEST_DB_URL");
	private static EmbeddedPostgres embedded;

	private TestDatabaseServer() {
	}

	/** A new, empty database; its JDBC URL. */
	public static synchronized String freshDatabase() {
		String name = "balise_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection admin = adminConnection()) {
			admin.createStatement().execute("create database " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot create a test database", e);
		}
		return urlOf(name);
	}

	public static String user() {
		return "postgres";
	}

	/** A connection to the server's maintenance database, for tests that act on a whole database. */
	public static Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(urlOf(SERVER_URL == null ? "postgres" : databaseOf(SERVER_URL)), user(), null);
	}

	private static String urlOf(String database) {
		if (SERVER_URL != null) {
			int slash = SERVER_URL.lastIndexOf('/');
			int query = SERVER_URL.indexOf('?', slash);
			return SERVER_URL.substring(0, slash + 1) + database + (query < 0 ? "" : SERVER_URL.substring(query));
		}
		return server().getJdbcUrl("postgres", database);
	}

	/** The name of the database a JDBC URL points at. */
	public static String databaseOf(String url) {
		String tail = url.substring(url.lastIndexOf('/') + 1);
		int query = tail.indexOf('?');
		return query < 0 ? tail : tail.substring(0, query);
	}

	private static synchronized EmbeddedPostgres server() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder()
						.setDataDirectory(Files.createTempDirectory("balise-test-pg"))
						.setCleanDataDirectory(true)
						.start();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				} catch (IOException ignored) {
					// the JVM is ending; the directory is temporary anyway
				}
			}));
		}
		return embedded;
	}
}
