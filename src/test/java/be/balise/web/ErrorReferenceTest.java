package be.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class ErrorReferenceTest {

	@Test
	void referencesAreEightHexadecimalCharacters() {
		assertThat(ErrorReference.next()).matches("[0-9A-F]{8}").isNotEqualTo(ErrorReference.next());
	}

	@Test
	void aPoolThatGaveNoConnectionIsAnOutage() {
		var failure = new ServletException("Request processing failed", new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("balise - Connection is not available")));

		assertThat(ErrorReference.isDatabaseOutage(failure)).isTrue();
	}

	@Test
	void aConnectionThatDiedMidTransactionIsAnOutageEvenWhenTheRollbackFailureHidesIt() {
		var hidden = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		hidden.initApplicationException(new DataAccessResourceFailureException("terminating connection",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

		assertThat(ErrorReference.isDatabaseOutage(new ServletException("Request processing failed", hidden))).isTrue();
	}

	@Test
	void aLostConnectionStateIsAnOutage() {
		assertThat(ErrorReference.isDatabaseOutage(new RuntimeException(new SQLException("closed", "08003")))).isTrue();
	}

	@Test
	void aWrongQueryOrABugIsNotAnOutage() {
		assertThat(ErrorReference.isDatabaseOutage(new BadSqlGrammarException("reading", "select x",
				new SQLException("column x does not exist", "42703")))).isFalse();
		assertThat(ErrorReference.isDatabaseOutage(new IllegalStateException("bug", new NullPointerException()))).isFalse();
	}
}
