package io.signalroom.customer.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps imports from piling up: at start, jobs a stopped server left running are failed
 * (and offered for retry); every hour, jobs that waited longer than
 * {@code signalroom.import.keep} for a decision are discarded, staged rows nobody will
 * import are deleted, and so are uploaded files no job needs any more.
 */
@Component
class ImportCleanup {

	private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

	private final ImportJobs jobs;

	private final ImportFiles files;

	private final ImportSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	ImportCleanup(ImportJobs jobs, ImportFiles files, ImportSettings settings, MessageSource messages, Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedJobs() {
		int failed = this.jobs.failInterrupted(message("import.failure.interrupted"));
		if (failed > 0) {
			log.warn("Marked {} import jobs interrupted by the last shutdown as failed; they can be retried", failed);
		}
		cleanUp();
	}

	@Scheduled(initialDelay = 60, fixedDelay = 60, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void cleanUp() {
		Instant cutoff = this.clock.instant().minus(this.settings.keep());
		List<Path> expired = this.jobs.expireWaiting(cutoff, message("import.failure.expired"));
		expired.forEach(this.files::delete);
		long staged = this.jobs.deleteStagingOfSettledJobs();
		int deleted = this.files.deleteOlderThan(cutoff, this.jobs.filesInUse());
		if (!expired.isEmpty() || staged > 0 || deleted > 0) {
			log.info("Imports: discarded {} jobs idle for over {}, deleted {} staged rows and {} uploaded files",
					expired.size(), this.settings.keep(), staged, deleted);
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
