package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import be.balise.identity.AccountService;
import be.balise.identity.DeclaredRoutes;
import be.balise.identity.Role;
import be.balise.identity.RouteRule;
import be.balise.testing.Caller;
import be.balise.testing.FullStackTest;
import be.balise.testing.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY.md S6, nothing changes on GET: every GET route, called by every caller, leaves every table as it
 * was (row count and content), except the tables whose rows record the visit itself.
 */
@FullStackTest
class NothingChangesOnGetTest {

	/** Sessions, the audit of reads (SECURITY.md D3), outgoing messages and published events may grow on a read. */
	private static final Pattern MAY_CHANGE_ON_READ = Pattern.compile("spring_session.*|.*audit.*|.*outbox.*|event_publication.*");

	@Autowired ApplicationContext context;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired AccountService accounts;

	@Test
	void noGetRouteChangesAnyTable() throws Exception {
		accounts.createWithHash("nothing-on-get-" + UUID.randomUUID() + "@test.balise.be", "Test", "{noop}unused", Locale.FRENCH, Set.of(Role.WORKER));
		Map<String, String> before = snapshot();
		int calls = 0;

		for (RouteRule rule : DeclaredRoutes.of(context)) {
			if (rule.method() != HttpMethod.GET) {
				continue;
			}
			for (Caller caller : Caller.all()) {
				mvc.perform(caller.sign(request(HttpMethod.GET, Route.of(rule).sampleUri())));
				calls++;
			}
		}

		assertThat(before).as("the snapshot sees the seeded account").containsKey("account");
		assertThat(snapshot()).as("tables after %d GET calls", calls).isEqualTo(before);
		System.out.println("Nothing changes on GET: " + calls + " calls, " + before.size() + " tables compared");
	}

	/** Row count and a digest of the content of every table, by name. */
	private Map<String, String> snapshot() {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""")
				.query(String.class).list();
		Map<String, String> snapshot = new TreeMap<>();
		for (String table : tables) {
			if (MAY_CHANGE_ON_READ.matcher(table).matches()) {
				continue;
			}
			String quoted = '"' + table.replace("\"", "\"\"") + '"';
			snapshot.put(table, jdbc.sql("select count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
					+ quoted + " t").query(String.class).single());
		}
		return snapshot;
	}
}
