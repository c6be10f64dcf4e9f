package io.signalroom.shared.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.signalroom.support.OwnEmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watchdog of the embedded server, on a server of the test's own: a killed postmaster
 * is noticed and started again (with crash recovery), and one that cannot be started
 * breaks liveness until it can.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresSupervisorTests {

	static final Duration BACK_WITHIN = Duration.ofSeconds(90);

	final OwnEmbeddedDatabase database = new OwnEmbeddedDatabase();

	final List<AvailabilityState> published = new CopyOnWriteArrayList<>();

	EmbeddedPostgres server;

	EmbeddedPostgresSupervisor supervisor;

	@BeforeEach
	void aSupervisedServer() {
		this.server = EmbeddedPostgres.start(this.database.directory(), 0);
		ApplicationEventPublisher events = (event) -> {
			if (event instanceof AvailabilityChangeEvent<?> change) {
				this.published.add(change.getState());
			}
		};
		this.supervisor = new EmbeddedPostgresSupervisor(this.server, events);
		this.supervisor.start();
	}

	@AfterEach
	void stop() throws Exception {
		Files.setPosixFilePermissions(dataDirectory(), PosixFilePermissions.fromString("rwx------"));
		this.supervisor.stop();
		this.server.stop();
		this.database.close();
	}

	@Test
	void aKilledServerIsRestartedAndKeepsWhatWasCommitted(CapturedOutput output) throws Exception {
		execute("create table kept (id int)", "insert into kept values (42)");
		long killed = this.server.pid();

		kill(killed);

		await().atMost(BACK_WITHIN).until(() -> this.supervisor.restarts() == 1);
		assertThat(this.supervisor.state()).isEqualTo(EmbeddedPostgresSupervisor.State.RUNNING);
		assertThat(this.server.pid()).isNotEqualTo(killed);
		assertThat(queryInt("select id from kept")).isEqualTo(42);
		assertThat(this.published).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(output).contains("Embedded PostgreSQL crashed: its server process (pid " + killed + ") is gone")
			.contains("Embedded PostgreSQL restarted (pid " + this.server.pid() + ", crash recovery included)");
	}

	@Test
	void aServerThatCannotBeStartedAgainBreaksLivenessUntilItComesBack() throws Exception {
		// the server's account can no longer enter its data directory, so every start
		// fails
		Files.setPosixFilePermissions(dataDirectory(), PosixFilePermissions.fromString("---------"));
		kill(this.server.pid());

		await().atMost(BACK_WITHIN).until(() -> this.published.contains(LivenessState.BROKEN));
		assertThat(this.supervisor.state()).isEqualTo(EmbeddedPostgresSupervisor.State.FAILED);
		assertThat(this.supervisor.available()).isFalse();
		assertThat(this.supervisor.reason()).startsWith("cannot be restarted (3 attempts)");

		Files.setPosixFilePermissions(dataDirectory(), PosixFilePermissions.fromString("rwx------"));

		await().atMost(BACK_WITHIN).until(() -> this.supervisor.state() == EmbeddedPostgresSupervisor.State.RUNNING);
		assertThat(this.published).endsWith(ReadinessState.ACCEPTING_TRAFFIC, LivenessState.CORRECT);
		assertThat(queryInt("select 1")).isEqualTo(1);
	}

	private Path dataDirectory() {
		return this.server.dataDirectory();
	}

	private void kill(long pid) {
		ProcessHandle.of(pid).orElseThrow().destroyForcibly();
	}

	private void execute(String... statements) throws SQLException {
		try (Connection connection = connect(); var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private int queryInt(String sql) throws SQLException {
		try (Connection connection = connect(); var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.server.jdbcUrl(), this.server.username(), this.server.password());
	}

}
