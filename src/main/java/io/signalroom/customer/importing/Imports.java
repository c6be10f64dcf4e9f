package io.signalroom.customer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * CSV imports of a workspace, step by step: upload and inspect, map, validate in the
 * background, then import the valid rows or nothing.
 */
@Service
public class Imports {

	static final Set<String> CHARSETS = Set.of("UTF-8", "ISO-8859-1", "windows-1252");

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	private final ImportJobs jobs;

	private final ImportValidator validator;

	private final ImportWriter writer;

	private final TaskExecutor executor;

	private final ImportFiles files;

	private final RunningImports running;

	private final ImportFailures failures;

	public Imports(ImportJobs jobs, ImportValidator validator, ImportWriter writer,
			@Qualifier("importExecutor") TaskExecutor executor, ImportFiles files, RunningImports running,
			ImportFailures failures) {
		this.jobs = jobs;
		this.validator = validator;
		this.writer = writer;
		this.executor = executor;
		this.files = files;
		this.running = running;
		this.failures = failures;
	}

	/** Stores the upload in a file of its own and inspects it; refuses what is no CSV. */
	public long upload(CurrentMember me, String fileName, InputStream content) throws IOException {
		return register(me.workspaceId(), me.userId(), fileName, this.files.store(content));
	}

	/**
	 * Makes a job of a file already on this server's disk (the file becomes the job's).
	 */
	public long register(long workspaceId, long userId, String fileName, Path file) throws IOException {
		CsvFile.Inspection inspection = CsvFile.inspect(file);
		if (inspection.binary() || !inspection.delimiterFound() || Files.size(file) == 0) {
			Files.deleteIfExists(file);
			throw new RuleViolation(null, inspection.binary() ? "import.error.binary" : "import.error.notCsv",
					fileName);
		}
		String charset = inspection.utf8() ? "UTF-8" : null;
		return this.jobs.create(workspaceId, userId, fileName, file.toString(), Files.size(file), charset,
				inspection.delimiter(), inspection.crlf());
	}

	public ImportJob job(CurrentMember me, long id) {
		return job(me.workspaceId(), id);
	}

	ImportJob job(long workspaceId, long id) {
		return this.jobs.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Import"));
	}

	List<ImportJob> recent(CurrentMember me) {
		return this.jobs.recent(me.workspaceId(), 20);
	}

	/** The first line of the invalid UTF-8, for the encoding question. */
	long invalidUtf8Line(ImportJob job) {
		try {
			return CsvFile.firstInvalidUtf8Line(job.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void chooseCharset(CurrentMember me, long id, String charset) {
		ImportJob job = job(me, id);
		if (!CHARSETS.contains(charset) || job.status() != ImportStatus.UPLOADED) {
			throw new RuleViolation("charset", "import.error.charset");
		}
		this.jobs.chooseCharset(job.id(), charset);
	}

	/** The header and up to {@code rows} rows after it. */
	Sample sample(ImportJob job, int rows) {
		try (CSVParser parser = CsvFile.open(job.file(), job.charsetOrUtf8(), job.delimiter())) {
			Iterator<CSVRecord> records = parser.iterator();
			List<String> header = records.hasNext() ? CsvFile.values(records.next()) : List.of();
			List<List<String>> sample = new ArrayList<>();
			while (records.hasNext() && sample.size() < rows) {
				sample.add(CsvFile.values(records.next()));
			}
			return new Sample(header, sample);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new RuleViolation(null, "import.error.unreadable", String.valueOf(ex.getMessage()));
		}
	}

	record Sample(List<String> header, List<List<String>> rows) {

	}

	/** Saves the mapping on the job; refuses a mapping that lacks a required field. */
	void map(ImportJob job, ImportMapping mapping) {
		if (job.status() != ImportStatus.UPLOADED) {
			throw new RuleViolation(null, "import.error.notMappable");
		}
		if (!mapping.missing().isEmpty()) {
			throw new RuleViolation(null, "import.error.missingField", String.join(",", mapping.missing()));
		}
		this.jobs.saveMapping(job.id(), mapping);
	}

	void startValidation(CurrentMember me, long id) {
		ImportJob job = job(me, id);
		refuseWhileStopping();
		if (job.mapping() == null || !this.jobs.move(job.id(), ImportStatus.UPLOADED, ImportStatus.VALIDATING)) {
			throw new RuleViolation(null, "import.error.notMappable");
		}
		submit(job.id(), () -> validate(job.id()));
	}

	/** Checks a failed job's kept file again, from scratch. */
	void retry(CurrentMember me, long id) {
		ImportJob job = job(me, id);
		refuseWhileStopping();
		if (job.status() != ImportStatus.FAILED || job.mapping() == null) {
			throw new RuleViolation(null, "import.error.notRetryable");
		}
		if (!this.files.kept(job)) {
			throw new RuleViolation(null, "import.error.fileGone");
		}
		if (!this.jobs.retry(job.id())) {
			throw new RuleViolation(null, "import.error.notRetryable");
		}
		submit(job.id(), () -> validate(job.id()));
	}

	/** Validates a job whose status is VALIDATING, on the calling thread. */
	public void validate(long id) {
		run(id, () -> this.validator.validate(this.jobs.get(id)));
	}

	void startImport(CurrentMember me, long id) {
		ImportJob job = job(me, id);
		refuseWhileStopping();
		if (!this.jobs.move(job.id(), ImportStatus.VALIDATED, ImportStatus.IMPORTING)) {
			throw new RuleViolation(null, "import.error.notValidated");
		}
		submit(job.id(), () -> write(job.id()));
	}

	/**
	 * Imports the valid rows of a job whose status is IMPORTING, on the calling thread.
	 * The file goes with the import unless its rejected rows may still be downloaded.
	 */
	public void write(long id) {
		run(id, () -> {
			ImportJob job = this.jobs.get(id);
			this.writer.write(job);
			if (job.rowsRejected() == 0) {
				this.files.delete(job.file());
			}
		});
	}

	/** Imports nothing: the staged rows and the file go. */
	void discard(CurrentMember me, long id) {
		ImportJob job = job(me, id);
		boolean discarded = false;
		for (ImportStatus waiting : List.of(ImportStatus.VALIDATED, ImportStatus.UPLOADED, ImportStatus.FAILED)) {
			discarded = discarded || this.jobs.move(job.id(), waiting, ImportStatus.DISCARDED);
		}
		if (!discarded) {
			throw new RuleViolation(null, "import.error.notDiscardable");
		}
		this.writer.discardStaged(job.id());
		this.files.delete(job.file());
	}

	private void refuseWhileStopping() {
		if (this.running.stopping()) {
			throw new RuleViolation(null, "import.error.stopping");
		}
	}

	private void submit(long id, Runnable step) {
		this.running.queued(id);
		this.executor.execute(step);
	}

	/**
	 * Runs a step of a job; a step that fails leaves nothing staged and the job FAILED,
	 * ready for a retry.
	 */
	private void run(long id, Runnable step) {
		if (!this.running.begin(id)) {
			this.failures.fail(id, this.running.shutdownMessage());
			return;
		}
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			String message = this.failures.describe(ex);
			log.warn("Import {} failed and was rolled back: {}", id, message, ex);
			this.failures.fail(id, message);
		}
		finally {
			this.running.end(id);
		}
	}

	static String charsetLabel(String charset) {
		return (charset != null) ? charset : StandardCharsets.UTF_8.name();
	}

}
