package io.signalroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import io.signalroom.shared.postgres.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database directory of a test's own, for tests that crash, kill or lock the embedded
 * PostgreSQL and so must not do it to the server the rest of the test JVM shares. App
 * instances started on it run the embedded server as the app does (started, supervised
 * and stopped with the context). The unpacked binaries are shared with the test JVM's own
 * server when they are there.
 */
public final class OwnEmbeddedDatabase implements AutoCloseable {

	private final Path directory;

	public OwnEmbeddedDatabase() {
		try {
			Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
			this.directory = Files.createTempDirectory(tmp, "signalroom-fault-db-");
			// the server may run as an unprivileged account that must enter this
			// directory
			Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwxr-xr-x"));
			Path binaries = tmp.resolve("signalroom-pgsql-" + EmbeddedPostgres.binariesVersion());
			if (Files.exists(binaries.resolve(".complete"))) {
				Files.createSymbolicLink(this.directory.resolve("pgsql-" + EmbeddedPostgres.binariesVersion()),
						binaries);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path directory() {
		return this.directory;
	}

	/** A whole app instance (on a random port) whose embedded server lives here. */
	public ConfigurableApplicationContext startApp(String... properties) {
		return TestApplication.startWithArguments(new Class<?>[0], new String[] { "--signalroom.db.embedded=true",
				"--signalroom.db.directory=" + this.directory, "--signalroom.db.port=0" }, properties);
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temp directory is harmless
		}
	}

}
