package io.signalroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import io.signalroom.shared.postgres.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL for the whole test JVM, on a free port, in a temporary
 * directory that is removed when the JVM exits. The unpacked binaries are kept between
 * runs.
 */
final class EmbeddedTestPostgres {

	private static EmbeddedPostgres server;

	private EmbeddedTestPostgres() {
	}

	static synchronized EmbeddedPostgres shared() {
		if (server == null) {
			server = start();
		}
		return server;
	}

	private static EmbeddedPostgres start() {
		try {
			Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
			Path home = Files.createTempDirectory(tmp, "signalroom-test-db-");
			// when tests run as root, PostgreSQL runs as an unprivileged account that
			// must enter this directory
			Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
			EmbeddedPostgres started = EmbeddedPostgres.start(home,
					tmp.resolve("signalroom-pgsql-" + EmbeddedPostgres.binariesVersion()), 0);
			// Spring Boot runs these after it has closed every application context: a
			// plain JVM hook would race the contexts' graceful shutdown, whose requests
			// would then wait for connections to a stopped server
			SpringApplication.getShutdownHandlers().add(() -> {
				started.stop();
				deleteQuietly(home);
			});
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temp directory is harmless
		}
	}

}
