package be.balise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import be.balise.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every table that refers to a bilan has been classified: content (exported, destroyed) or administration. */
@FullStackTest
class ContentRegistryTest {

	@Autowired ContentRegistry registry;
	@Autowired JdbcClient jdbc;

	@Test
	void registersEveryTableThatRefersToABilan() {
		Set<String> tables = new HashSet<>(jdbc.sql("""
				select distinct table_name from information_schema.columns
				where table_schema = current_schema() and column_name = 'bilan_id'""").query(String.class).list());
		tables.add("bilan");
		Set<String> classified = new HashSet<>(registry.contentTables());
		classified.addAll(registry.administrativeTables());

		assertThat(classified).containsAll(tables);
	}

	@Test
	void everyRegisteredTableExists() {
		Set<String> existing = Set.copyOf(jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()")
				.query(String.class).list());

		assertThat(existing).containsAll(registry.contentTables()).containsAll(registry.administrativeTables());
	}
}
