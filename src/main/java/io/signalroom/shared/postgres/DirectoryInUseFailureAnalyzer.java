package io.signalroom.shared.postgres;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly, instead of a stack trace, why a second app on a database directory in use
 * does not start.
 */
class DirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DirectoryLock.DirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DirectoryLock.DirectoryInUseException cause) {
		return new FailureAnalysis(
				"The embedded PostgreSQL's directory " + cause.directory() + " is in use by process " + cause.ownerPid()
						+ ", another SignalRoom. Its server was left alone.",
				"Stop process " + cause.ownerPid() + " first, or start this one with a directory and port of its own "
						+ "(SIGNALROOM_DB_DIRECTORY, SIGNALROOM_DB_PORT).",
				cause);
	}

}
