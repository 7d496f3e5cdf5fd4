package be.balise.web;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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

	/**
	 * Whether the failure comes from a database that is down or a pool that has no connection left. A connection
	 * that dies mid-transaction also fails the rollback, which hides the first failure inside a
	 * {@link TransactionSystemException}: that one is searched too.
	 */
	static boolean isDatabaseOutage(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> next = new ArrayDeque<>();
		next.push(failure);
		while (!next.isEmpty()) {
			Throwable t = next.pop();
			if (!seen.add(t)) {
				continue;
			}
			if (isOutage(t)) {
				return true;
			}
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
				next.push(tx.getApplicationException());
			}
			if (t.getCause() != null) {
				next.push(t.getCause());
			}
		}
		return false;
	}

	private static boolean isOutage(Throwable t) {
		if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
				|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
				|| t instanceof SQLRecoverableException) {
			return true;
		}
		// SQLSTATE class 08 is a lost or refused connection; 57P0x is a server shutting down or starting
		String state = t instanceof SQLException sql ? sql.getSQLState() : null;
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}
}
