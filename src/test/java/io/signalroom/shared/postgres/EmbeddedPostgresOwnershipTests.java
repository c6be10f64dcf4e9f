package io.signalroom.shared.postgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import io.signalroom.support.OwnEmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One owner per database directory, with the owner a real second JVM: a live owner keeps
 * its server, a dead owner's server is taken over.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresOwnershipTests {

	final OwnEmbeddedDatabase database = new OwnEmbeddedDatabase();

	Process owner;

	EmbeddedPostgres server;

	@AfterEach
	void cleanUp() throws Exception {
		if (this.server != null) {
			this.server.stop();
		}
		if (this.owner != null && this.owner.isAlive()) {
			this.owner.destroyForcibly().waitFor();
		}
		// a killed owner's server may still run if a test failed before taking it over
		stopAnyServerIn(this.database.directory());
		this.database.close();
	}

	@Test
	void aSecondOwnerIsRefusedNamingTheProcessInTheWayAndTheFirstOwnersServerKeepsRunning() throws Exception {
		Owner first = startOwner();

		assertThatThrownBy(() -> EmbeddedPostgres.start(this.database.directory(), binaries(), 0))
			.isInstanceOf(DirectoryLock.DirectoryInUseException.class)
			.hasMessageContaining("is in use by process " + this.owner.pid());

		assertThat(selectOne(first.port())).as("the first owner's server still answers").isEqualTo(1);
	}

	@Test
	void aServerLeftRunningByAKilledOwnerIsTakenOverAndTheLogSaysSo(CapturedOutput output) throws Exception {
		Owner killed = startOwner();
		this.owner.destroyForcibly().waitFor();
		assertThat(ProcessHandle.of(killed.postmasterPid()).map(ProcessHandle::isAlive))
			.as("pg_ctl daemonised the server, so it outlives its JVM")
			.contains(true);

		this.server = EmbeddedPostgres.start(this.database.directory(), binaries(), 0);

		assertThat(output).contains("stopping the server (pid " + killed.postmasterPid() + ") an earlier run left")
			.contains("left-over server (pid " + killed.postmasterPid() + ") stopped")
			.contains("Embedded PostgreSQL ready on port " + this.server.port());
		assertThat(selectOne(this.server.port())).isEqualTo(1);
	}

	private record Owner(int port, long postmasterPid) {

	}

	/** Starts a JVM that owns the directory and waits until its server is ready. */
	private Owner startOwner() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.owner = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				OwnerProcess.class.getName(), this.database.directory().toString(), binaries().toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(this.owner.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("READY ")) {
				String[] parts = line.split(" ");
				return new Owner(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
			}
			seen.append(line).append('\n');
		}
		throw new IllegalStateException("The owner JVM ended without starting its server:\n" + seen);
	}

	private Path binaries() {
		return Path.of(System.getProperty("java.io.tmpdir"), "signalroom-pgsql-" + EmbeddedPostgres.binariesVersion());
	}

	private int selectOne(int port) throws Exception {
		String password = Files.readString(this.database.directory().resolve("credentials")).strip();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/signalroom",
				EmbeddedPostgres.USERNAME, password);
				var result = connection.createStatement().executeQuery("select 1")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void stopAnyServerIn(Path directory) throws Exception {
		Path pidFile = directory.resolve("data/postmaster.pid");
		if (Files.exists(pidFile)) {
			List<String> lines = Files.readAllLines(pidFile);
			ProcessHandle.of(Long.parseLong(lines.get(0).strip())).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

}
