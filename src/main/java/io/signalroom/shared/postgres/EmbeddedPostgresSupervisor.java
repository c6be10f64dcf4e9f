package io.signalroom.shared.postgres;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded PostgreSQL: checks every second that its postmaster lives, and
 * when it died, starts it again (PostgreSQL's crash recovery runs first) while the app
 * refuses traffic; the connection pool then reconnects by itself. After
 * {@value #ATTEMPTS_BEFORE_BROKEN} failed attempts in a row the app's liveness turns
 * broken, so an orchestrator may restart it; the watchdog keeps trying meanwhile.
 */
public final class EmbeddedPostgresSupervisor implements SmartLifecycle {

	/** Where the server stands, as pages and health see it. */
	public enum State {

		/** Accepting connections. */
		RUNNING,
		/** Died; being started again. */
		RESTARTING,
		/** Could not be started again; still trying. */
		FAILED,
		/** Stopped with the app. */
		STOPPED

	}

	static final int ATTEMPTS_BEFORE_BROKEN = 3;

	private static final long CHECK_MILLIS = 1_000;

	private static final long MAX_PAUSE_MILLIS = 5_000;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);

	private final EmbeddedPostgres server;

	private final ApplicationEventPublisher events;

	private volatile State state = State.STOPPED;

	private volatile Instant since = Instant.now();

	private volatile String reason = "";

	private volatile int restarts;

	private volatile boolean watching;

	private Thread watchdog;

	EmbeddedPostgresSupervisor(EmbeddedPostgres server, ApplicationEventPublisher events) {
		this.server = server;
		this.events = events;
	}

	public State state() {
		return this.state;
	}

	/** Whether pages may expect the database to answer. */
	public boolean available() {
		return this.state == State.RUNNING || this.state == State.STOPPED;
	}

	public Instant since() {
		return this.since;
	}

	public String reason() {
		return this.reason;
	}

	/** How many times the server was brought back since the app started. */
	public int restarts() {
		return this.restarts;
	}

	@Override
	public void start() {
		this.state = State.RUNNING;
		this.since = Instant.now();
		this.watching = true;
		this.watchdog = new Thread(this::watch, "postgres-watchdog");
		this.watchdog.setDaemon(true);
		this.watchdog.start();
	}

	@Override
	public void stop() {
		this.watching = false;
		this.watchdog.interrupt();
		try {
			this.watchdog.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.state = State.STOPPED;
	}

	@Override
	public boolean isRunning() {
		return this.watching;
	}

	/**
	 * Stops first, so the app's own shutdown of the server is never taken for a crash.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	private void watch() {
		int attempts = 0;
		long pause = CHECK_MILLIS;
		while (sleep(pause)) {
			if (this.state == State.RUNNING) {
				if (this.server.isAlive()) {
					continue;
				}
				crashed();
				attempts = 0;
			}
			if (restart(attempts + 1)) {
				attempts = 0;
				pause = CHECK_MILLIS;
			}
			else {
				attempts++;
				pause = Math.min(CHECK_MILLIS << attempts, MAX_PAUSE_MILLIS);
			}
		}
	}

	private void crashed() {
		long pid = this.server.pid();
		log.error("Embedded PostgreSQL crashed: its server process (pid {}) is gone; restarting it", pid);
		change(State.RESTARTING, "the server process (pid " + pid + ") died; restarting it");
		AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
	}

	private boolean restart(int attempt) {
		long started = System.nanoTime();
		try {
			this.server.restart();
			this.restarts++;
			log.info("Embedded PostgreSQL restarted (pid {}, crash recovery included) in {} ms; connections resume",
					this.server.pid(), (System.nanoTime() - started) / 1_000_000);
			boolean wasBroken = this.state == State.FAILED;
			change(State.RUNNING, "");
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
			if (wasBroken) {
				AvailabilityChangeEvent.publish(this.events, this, LivenessState.CORRECT);
			}
			return true;
		}
		catch (Exception ex) {
			if (!this.watching) {
				return false;
			}
			String why = String.valueOf(ex.getMessage()).strip();
			log.error("Embedded PostgreSQL: restart attempt {} failed: {}", attempt, why);
			if (attempt >= ATTEMPTS_BEFORE_BROKEN && this.state != State.FAILED) {
				change(State.FAILED, "cannot be restarted (" + attempt + " attempts); last error: " + firstLine(why));
				log.error("Embedded PostgreSQL cannot be brought back; liveness is now broken (still retrying)");
				AvailabilityChangeEvent.publish(this.events, this, LivenessState.BROKEN);
			}
			return false;
		}
	}

	private void change(State next, String why) {
		this.state = next;
		this.reason = why;
		this.since = Instant.now();
	}

	private boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return this.watching;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
