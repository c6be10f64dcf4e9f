package io.signalroom.shared.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;

/**
 * The operating-system account the PostgreSQL processes run as: this JVM's own, or, when
 * the JVM is root (which PostgreSQL refuses), the unprivileged {@code nobody} account
 * through {@code setpriv} (or {@code runuser} where setpriv is missing).
 */
final class ServerAccount {

	static final int UNPRIVILEGED_ID = 65534;

	private final List<String> prefix;

	private ServerAccount(List<String> prefix) {
		this.prefix = prefix;
	}

	static ServerAccount forCurrentUser() {
		if (new UnixSystem().getUid() != 0) {
			return new ServerAccount(List.of());
		}
		if (onPath("setpriv")) {
			return new ServerAccount(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
					"--clear-groups", "--"));
		}
		if (onPath("runuser")) {
			return new ServerAccount(List.of("runuser", "-u", "nobody", "--"));
		}
		throw new IllegalStateException("PostgreSQL refuses to run as root and neither setpriv nor runuser is "
				+ "installed to start it as an unprivileged account. Run as a normal user, install util-linux, or set "
				+ "SPRING_DATASOURCE_URL to an external PostgreSQL.");
	}

	boolean dropsPrivileges() {
		return !this.prefix.isEmpty();
	}

	/** Hands a file or directory to the server's account. */
	void own(Path path) throws IOException {
		if (dropsPrivileges()) {
			Files.setAttribute(path, "unix:uid", UNPRIVILEGED_ID);
			Files.setAttribute(path, "unix:gid", UNPRIVILEGED_ID);
		}
	}

	/**
	 * The unprivileged account must be able to walk down to {@code path}: every parent
	 * needs o+x.
	 */
	void checkCanReach(Path path) throws IOException {
		if (!dropsPrivileges()) {
			return;
		}
		for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
			if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				throw new IllegalStateException("Running as root, SignalRoom starts PostgreSQL as the unprivileged "
						+ "account " + UNPRIVILEGED_ID + ", which cannot enter " + dir + " to reach " + path
						+ ". Choose a directory outside it with SIGNALROOM_DB_DIRECTORY (for example "
						+ "/var/lib/signalroom).");
			}
		}
	}

	void run(List<String> command) {
		Result result = execute(command);
		if (result.exitCode() != 0) {
			throw new IllegalStateException(
					"'" + String.join(" ", command) + "' failed (exit " + result.exitCode() + "):\n" + result.output());
		}
	}

	boolean succeeds(List<String> command) {
		return execute(command).exitCode() == 0;
	}

	private Result execute(List<String> command) {
		List<String> full = new ArrayList<>(this.prefix);
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true)
				.directory(Path.of("/").toFile())
				.start();
			// pg_ctl's server inherits no pipe of ours (it logs to a file), so reading to
			// the end is safe
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(3, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new Result(-1, output + "\n(timed out)");
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + full, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + full, ex);
		}
	}

	private static boolean onPath(String program) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
		for (String dir : (path + ":/usr/bin:/bin:/usr/sbin:/sbin").split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	private record Result(int exitCode, String output) {
	}

}
