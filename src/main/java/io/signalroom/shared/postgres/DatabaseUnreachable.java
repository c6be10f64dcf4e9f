package io.signalroom.shared.postgres;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure caused by a database that cannot be reached (down, restarting, or
 * recovering from a crash) from any other.
 */
public final class DatabaseUnreachable {

	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseUnreachable() {
	}

	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			// 08: connection exceptions; 57P: the server shuts down, crashed or is
			// starting
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// the pool closes a connection the database broke; rolling back on it then
			// fails
			// with this (and no SQL state), hiding the original failure
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED.equals(sql.getMessage())) {
				return true;
			}
			if (cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

}
