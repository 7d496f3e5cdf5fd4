package be.balise.testing;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;

import be.balise.identity.RouteRule;
import be.balise.identity.RouteRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Failures that only tests can cause (SECURITY.md D10): routes of the {@link ServerTest} context that throw what
 * a real defect would, with SQL, class names and secrets in their messages, so the error pages can be checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InjectedFailures {

	public static final String BASE = "/test-failures";
	/** A secret that a careless exception message could carry to the page. */
	public static final String SECRET_IN_MESSAGE = "select password_hash from account where email = 'leak@test.balise.be'";

	@Bean
	RouteRules injectedFailureRoutes() {
		return () -> List.of(
				RouteRule.open(GET, BASE + "/sql"),
				RouteRule.open(POST, BASE + "/sql"),
				RouteRule.open(GET, BASE + "/bug"),
				RouteRule.open(GET, BASE + "/outage"),
				RouteRule.open(GET, BASE + "/typed/{id}"));
	}

	/** Registered through the import of the enclosing class, as member classes of configurations are. */
	@Controller
	@RequestMapping(BASE)
	static class FailingController {

		@GetMapping("/sql")
		String sqlOnGet() {
			throw badSql();
		}

		@PostMapping("/sql")
		String sqlOnPost() {
			throw badSql();
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("be.balise.identity.Accounts broke on " + SECRET_IN_MESSAGE,
					new NullPointerException("java.lang.String.length() on null"));
		}

		@GetMapping("/outage")
		String outage() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("balise - Connection is not available, request timed out after 3000ms"));
		}

		@GetMapping("/typed/{id}")
		@ResponseBody
		String typed(@PathVariable UUID id) {
			return id.toString();
		}

		private static BadSqlGrammarException badSql() {
			return new BadSqlGrammarException("reading accounts", SECRET_IN_MESSAGE,
					new SQLException("ERROR: column \"password_hash\" does not exist", "42703"));
		}
	}
}
