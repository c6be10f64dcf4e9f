package io.signalroom.customer.importing;

import java.util.Locale;

import io.signalroom.shared.postgres.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that a job failed: its staged rows go and it waits for a retry or a discard. A
 * job often fails because the database went away, so this waits for it to come back (the
 * embedded server is restarted within seconds) rather than leave the job "running".
 */
@Component
class ImportFailures {

	private static final Logger log = LoggerFactory.getLogger(ImportFailures.class);

	private static final long GIVE_UP_MILLIS = 120_000;

	private final ImportJobs jobs;

	private final ImportWriter writer;

	private final TransactionTemplate transactions;

	private final RunningImports running;

	private final MessageSource messages;

	ImportFailures(ImportJobs jobs, ImportWriter writer, TransactionTemplate transactions, RunningImports running,
			MessageSource messages) {
		this.jobs = jobs;
		this.writer = writer;
		this.transactions = transactions;
		this.running = running;
		this.messages = messages;
	}

	/** What the job page says about a step that threw {@code ex}. */
	String describe(RuntimeException ex) {
		if (this.running.stopping()) {
			return this.running.shutdownMessage();
		}
		if (ex instanceof ImportWriter.StagingLost lost) {
			return this.messages.getMessage("import.failure.stagingLost",
					new Object[] { lost.expected(), lost.found() }, Locale.ENGLISH);
		}
		if (DatabaseUnreachable.causes(ex)) {
			return this.messages.getMessage("import.failure.database", new Object[] { rootMessage(ex) },
					Locale.ENGLISH);
		}
		return rootMessage(ex);
	}

	void fail(long id, String message) {
		long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
		for (long pause = 500;; pause = Math.min(pause * 2, 5_000)) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					if (this.jobs.failed(id, message)) {
						this.writer.discardStaged(id);
					}
				});
				return;
			}
			catch (DataAccessException | TransactionException ex) {
				if (this.running.stopping() || System.currentTimeMillis() + pause > deadline) {
					log.warn("Could not mark import {} as failed ({}); the next start will", id, ex.getMessage());
					return;
				}
				log.info("Import {} failed; waiting {} ms for the database to record it", id, pause);
				sleep(pause);
			}
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
