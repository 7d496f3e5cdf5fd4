package be.balise.web;

import java.security.SecureRandom;
import java.sql.SQLTransientConnectionException;
import java.util.HexFormat;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A short number the user can quote to support; the log holds the details under the same number. */
final class ErrorReference {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ErrorReference() {
	}

	static String next() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

	/** Whether the failure comes from a database that is down or a pool that has no connection left. */
	static boolean isDatabaseOutage(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
