package io.signalroom.customer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Uploaded files, kept in this instance's own folder only as long as a job needs them: to
 * be checked (again), or for its rejected rows.
 */
@Component
class ImportFiles {

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	private final Path directory;

	ImportFiles(ImportSettings settings) {
		this.directory = settings.directory().toAbsolutePath().normalize();
	}

	Path directory() {
		return this.directory;
	}

	Path store(InputStream content) throws IOException {
		Files.createDirectories(this.directory);
		Path file = Files.createTempFile(this.directory, "upload-", ".csv");
		Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	boolean kept(ImportJob job) {
		return Files.isRegularFile(job.file());
	}

	void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded file {}", file, ex);
		}
	}

	/**
	 * Deletes the files of this folder last written before {@code cutoff}, except those
	 * in {@code keep}.
	 * @return how many were deleted
	 */
	int deleteOlderThan(Instant cutoff, Set<Path> keep) {
		if (!Files.isDirectory(this.directory)) {
			return 0;
		}
		int deleted = 0;
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file) && !keep.contains(file.toAbsolutePath().normalize())
						&& Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
					delete(file);
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clean up {}", this.directory, ex);
		}
		return deleted;
	}

}
