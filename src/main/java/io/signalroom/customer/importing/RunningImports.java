package io.signalroom.customer.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The jobs this server is checking or importing right now, and what stops them cleanly
 * when the server shuts down: a graceful shutdown would otherwise close the connection
 * pool under a long INSERT after its grace period and leave the job "Importing…" until
 * the next start. Stopping cancels each running statement, waits for its job to record
 * the failure (the pool is still open in this phase) and fails the jobs still queued.
 */
@Component
class RunningImports implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

	private static final long STOP_WAIT_MILLIS = 20_000;

	private enum State {

		QUEUED, STARTED, ABANDONED

	}

	private record Run(AtomicReference<State> state, AtomicReference<Connection> connection) {

		static Run queued() {
			return new Run(new AtomicReference<>(State.QUEUED), new AtomicReference<>());
		}

	}

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	private final ImportJobs jobs;

	private final MessageSource messages;

	private volatile boolean running;

	private volatile boolean stopping;

	RunningImports(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/** A job was handed to the import threads. */
	void queued(long jobId) {
		this.runs.put(jobId, Run.queued());
	}

	/**
	 * The job's thread takes it up; false when the server is stopping and the job was (or
	 * will be) failed without running.
	 */
	boolean begin(long jobId) {
		if (this.stopping) {
			return false;
		}
		Run run = this.runs.computeIfAbsent(jobId, (id) -> Run.queued());
		return run.state().compareAndSet(State.QUEUED, State.STARTED);
	}

	/** The connection a running job's statements go through, for cancelling them. */
	void attach(long jobId, Connection connection) {
		Run run = this.runs.get(jobId);
		if (run != null) {
			run.connection().set(connection);
		}
	}

	void end(long jobId) {
		this.runs.remove(jobId);
	}

	boolean stopping() {
		return this.stopping;
	}

	String shutdownMessage() {
		return this.messages.getMessage("import.failure.shutdown", null, Locale.ENGLISH);
	}

	@Override
	public void start() {
		this.stopping = false;
		this.running = true;
	}

	@Override
	public void stop() {
		this.stopping = true;
		List<Long> abandoned = this.runs.entrySet()
			.stream()
			.filter((e) -> e.getValue().state().compareAndSet(State.QUEUED, State.ABANDONED))
			.map(Map.Entry::getKey)
			.toList();
		abandoned.forEach(this::failQuietly);
		long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
		Set<Long> cancelled = new HashSet<>();
		// a cancel reaches only the statement running at that moment: repeat until the
		// job's thread has given up
		while (hasStarted() && System.currentTimeMillis() < deadline) {
			this.runs.forEach((id, run) -> cancel(id, run.connection().get(), cancelled.add(id)));
			pause();
		}
		if (hasStarted()) {
			log.warn("Import jobs {} did not stop within {} ms", this.runs.keySet(), STOP_WAIT_MILLIS);
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private boolean hasStarted() {
		return this.runs.values().stream().anyMatch((run) -> run.state().get() == State.STARTED);
	}

	private void cancel(long jobId, Connection connection, boolean first) {
		if (connection == null) {
			return;
		}
		try {
			connection.unwrap(PGConnection.class).cancelQuery();
			if (first) {
				log.info("Shutdown: cancelling the running statement of import {}", jobId);
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Could not cancel the statement of import {}", jobId, ex);
		}
	}

	private void failQuietly(long jobId) {
		try {
			this.jobs.failed(jobId, shutdownMessage());
			this.runs.remove(jobId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark the queued import {} as failed; the next start will", jobId, ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
