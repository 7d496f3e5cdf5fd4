package be.balise.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pool over either the configured PostgreSQL server or an embedded PostgreSQL 15 started from the jar.
 * The embedded server picks a random port at each start, so the URL is taken from the started instance.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseProperties properties) throws IOException {
		if (properties.usesServer()) {
			return EmbeddedServer.NONE;
		}
		Path directory = Path.of(properties.embeddedDirectory()).toAbsolutePath();
		Files.createDirectories(directory);
		log.info("Starting embedded PostgreSQL with its data under {}", directory);
		return new EmbeddedServer(EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.start());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer embedded) {
		HikariConfig config = new HikariConfig();
		if (properties.usesServer()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		} else {
			config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
		}
		config.setMaximumPoolSize(properties.poolSize());
		// Fail fast when the pool is exhausted or the database is down, so the user gets a quick 503 page.
		config.setConnectionTimeout(3_000);
		config.setInitializationFailTimeout(-1);
		config.setPoolName("balise");
		return new HikariDataSource(config);
	}

	/** Holds the embedded PostgreSQL, if one was started, and stops it after the pool is closed. */
	record EmbeddedServer(EmbeddedPostgres postgres) implements AutoCloseable {

		static final EmbeddedServer NONE = new EmbeddedServer(null);

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

}
