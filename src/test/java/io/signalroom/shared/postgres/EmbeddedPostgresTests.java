package io.signalroom.shared.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The launcher the app starts on: a real server whose data outlives it, that one process
 * at a time owns, and that says clearly when it cannot start.
 */
class EmbeddedPostgresTests {

	private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"),
			"signalroom-pgsql-" + EmbeddedPostgres.binariesVersion());

	private Path home;

	private EmbeddedPostgres server;

	@BeforeEach
	void createHome() throws IOException {
		this.home = Files.createTempDirectory("signalroom-launcher-test-");
		Files.setPosixFilePermissions(this.home, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop();
		}
	}

	@Test
	void dataSurvivesARestart() throws SQLException {
		this.server = EmbeddedPostgres.start(this.home, BINARIES, 0);
		execute("create table kept (word text); insert into kept values ('still here')");
		this.server.stop();
		assertThat(this.server.isRunning()).isFalse();

		this.server = EmbeddedPostgres.start(this.home, BINARIES, 0);
		assertThat(queryWord()).isEqualTo("still here");
	}

	@Test
	void aSecondStartOnTheSameDirectoryIsRefusedAndTheRunningServerKeepsItsData() throws SQLException {
		this.server = EmbeddedPostgres.start(this.home, BINARIES, 0);
		execute("create table kept (word text); insert into kept values ('from before')");

		// a killed JVM's server is taken over (EmbeddedPostgresOwnershipTests); a live
		// owner's never is
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgres.start(this.home, BINARIES, 0))
			.withMessageContaining("is in use by process " + ProcessHandle.current().pid());
		assertThat(this.server.isRunning()).isTrue();
		assertThat(queryWord()).isEqualTo("from before");
	}

	@Test
	void aTakenPortIsReportedWithTheSettingToChange() throws Exception {
		try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			assertThatIllegalStateException()
				.isThrownBy(() -> EmbeddedPostgres.start(this.home, BINARIES, taken.getLocalPort()))
				.withMessageContaining("SIGNALROOM_DB_PORT");
		}
	}

	private void execute(String sql) throws SQLException {
		execute(this.server, sql);
	}

	private static void execute(EmbeddedPostgres on, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(on.jdbcUrl(), on.username(), on.password())) {
			connection.createStatement().execute(sql);
		}
	}

	private String queryWord() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.server.jdbcUrl(), this.server.username(),
				this.server.password());
				ResultSet rs = connection.createStatement().executeQuery("select word from kept")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
