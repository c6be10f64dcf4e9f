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
 * as an unprivileged account instead. One process at a time owns a directory (see
 * {@link DirectoryLock}); every step of the server's life is logged.
 */
public final class EmbeddedPostgres {

	static final String DATABASE = "signalroom";

	static final String USERNAME = "signalroom";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private final ServerAccount account;

	private final DirectoryLock lock;

	private final Path pgCtl;

	private final Path data;

	private final Path logFile;

	private final int port;

	private final String password;

	private volatile long postmasterPid;

	private volatile boolean stopped;

	private EmbeddedPostgres(ServerAccount account, DirectoryLock lock, Path binaries, Path home, int port,
			String password) {
		this.account = account;
		this.lock = lock;
		this.pgCtl = binaries.resolve("bin/pg_ctl");
		this.data = home.resolve("data");
		this.logFile = home.resolve("postgres.log");
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
	 * @throws IllegalStateException when another process owns the directory, naming it
	 */
	public static EmbeddedPostgres start(Path directory, Path binariesDirectory, int port) {
		long started = System.nanoTime();
		Path home = directory.toAbsolutePath().normalize();
		ServerAccount account = ServerAccount.forCurrentUser();
		DirectoryLock lock = null;
		try {
			Files.createDirectories(home);
			lock = DirectoryLock.acquire(home);
			account.checkCanReach(home);
			Path binaries = EmbeddedPostgresBinaries.unpackInto(binariesDirectory.toAbsolutePath().normalize());
			account.checkCanReach(binaries);
			int chosenPort = (port == 0) ? freePort() : port;
			EmbeddedPostgres server = new EmbeddedPostgres(account, lock, binaries, home, chosenPort, passwordIn(home));
			server.initIfNeeded(binaries, home);
			server.stopLeftOverServer();
			server.checkPortFree();
			server.startServer();
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL ready on port {} (pid {}) with data in {} ({} ms)", chosenPort,
					server.postmasterPid, server.data, (System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException | RuntimeException ex) {
			if (lock != null && !(ex instanceof DirectoryLock.DirectoryInUseException)) {
				lock.release();
			}
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, io);
			}
			throw (RuntimeException) ex;
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

	/** The postmaster's process id, read from its pid file at the last (re)start. */
	public long pid() {
		return this.postmasterPid;
	}

	/**
	 * Whether the postmaster process is alive: a cheap look at the process table, for a
	 * watchdog that asks every second. A killed postmaster whose parent has not reaped it
	 * yet (a zombie) counts as dead.
	 */
	public boolean isAlive() {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return ProcessHandle.of(this.postmasterPid).map(ProcessHandle::isAlive).orElse(false);
		}
		try {
			String stat = Files.readString(proc.resolve(Long.toString(this.postmasterPid)).resolve("stat"));
			char state = stat.charAt(stat.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException gone) {
			return false;
		}
	}

	/**
	 * Starts the server again after its postmaster died; PostgreSQL's crash recovery
	 * replays the log before it accepts connections.
	 */
	public void restart() throws IOException {
		if (this.stopped) {
			throw new IllegalStateException("The embedded PostgreSQL was stopped");
		}
		awaitReaped();
		startServer();
	}

	/**
	 * A killed postmaster stays in the process table until its parent reaps it, and
	 * PostgreSQL refuses to start while the pid in its lock file exists. Its stale lock
	 * file is left to PostgreSQL, which also checks that none of the old server's
	 * processes still use its shared memory.
	 */
	private void awaitReaped() {
		Path stat = Path.of("/proc", Long.toString(this.postmasterPid), "stat");
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (Files.exists(stat) && !isAlive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Stops the server with a fast shutdown (running transactions roll back, data stays)
	 * and gives up the directory.
	 */
	public void stop() {
		this.stopped = true;
		try {
			if (isRunning()) {
				this.account.run(List.of(this.pgCtl.toString(), "stop", "-D", this.data.toString(), "-m", "fast", "-w",
						"-t", "60"));
				log.info("Embedded PostgreSQL stopped (data in {})", this.data);
			}
		}
		finally {
			this.lock.release();
		}
	}

	public boolean isRunning() {
		return this.account.succeeds(List.of(this.pgCtl.toString(), "status", "-D", this.data.toString()));
	}

	private void initIfNeeded(Path binaries, Path home) throws IOException {
		if (Files.exists(this.data.resolve("PG_VERSION"))) {
			log.info("Embedded PostgreSQL: reusing the cluster in {}", this.data);
			return;
		}
		log.info("Embedded PostgreSQL: creating a cluster in {}", this.data);
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
	 * ours. Only the owner of the directory gets here, so it was no live instance's.
	 */
	private void stopLeftOverServer() throws IOException {
		Path pidFile = this.data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		if (isRunning()) {
			long orphan = readPid();
			log.warn("Embedded PostgreSQL: stopping the server (pid {}) an earlier run left on {}", orphan, this.data);
			this.account.run(
					List.of(this.pgCtl.toString(), "stop", "-D", this.data.toString(), "-m", "fast", "-w", "-t", "60"));
			log.info("Embedded PostgreSQL: left-over server (pid {}) stopped", orphan);
		}
		else {
			log.info("Embedded PostgreSQL: removing the stale pid file of a server that is gone");
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

	private void startServer() throws IOException {
		if (!Files.exists(this.logFile)) {
			Files.createFile(this.logFile);
		}
		this.account.own(this.logFile);
		String options = "-p " + this.port + " -h 127.0.0.1 -c unix_socket_directories= -c max_connections=200";
		this.account.run(List.of(this.pgCtl.toString(), "start", "-D", this.data.toString(), "-w", "-t", "120", "-l",
				this.logFile.toString(), "-o", options));
		this.postmasterPid = readPid();
	}

	/**
	 * The first line of {@code postmaster.pid}; the JVM may read it as root or as owner.
	 */
	private long readPid() throws IOException {
		List<String> lines = Files.readAllLines(this.data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
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
