package be.balise.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives: a PostgreSQL server when {@code url} is set, otherwise an embedded PostgreSQL
 * whose files stay under {@code embeddedDirectory} between runs.
 */
@ConfigurationProperties("balise.db")
record DatabaseProperties(String url, String user, String password, String embeddedDirectory, int poolSize) {

	DatabaseProperties {
		embeddedDirectory = (embeddedDirectory == null || embeddedDirectory.isBlank()) ? "data/postgres" : embeddedDirectory;
		poolSize = poolSize <= 0 ? 10 : poolSize;
	}

	boolean usesServer() {
		return url != null && !url.isBlank();
	}
}
