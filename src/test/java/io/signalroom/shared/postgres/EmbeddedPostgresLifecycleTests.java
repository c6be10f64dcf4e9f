package io.signalroom.shared.postgres;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.signalroom.SignalRoomApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With no external database configured, the app starts its own PostgreSQL and stops it
 * when it shuts down.
 */
class EmbeddedPostgresLifecycleTests {

	@Test
	void theAppStartsItsOwnPostgresAndStopsItOnShutdown() throws Exception {
		Path home = Files.createTempDirectory("signalroom-app-db-");
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		String url;
		String password;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SignalRoomApplication.class).run(
				"--signalroom.db.embedded=true", "--signalroom.db.directory=" + home, "--signalroom.db.port=" + port,
				"--server.port=0", "--signalroom.demo.enabled=false")) {
			url = app.getEnvironment().getProperty("spring.datasource.url");
			password = app.getEnvironment().getProperty("spring.datasource.password");
			assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/signalroom");
			try (var connection = DriverManager.getConnection(url, "signalroom", password)) {
				assertThat(connection.isValid(2)).isTrue();
			}
		}
		assertThat(Files.exists(home.resolve("data/postmaster.pid"))).isFalse();
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "signalroom", password));
	}

}
