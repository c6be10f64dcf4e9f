package io.signalroom.customer.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * How far the running jobs of this server have read their files; the job table learns the
 * totals only when a step commits, so the progress bar reads them here.
 */
@Component
class ImportProgress {

	private final Map<Long, AtomicLong> bytesRead = new ConcurrentHashMap<>();

	InputStream track(long jobId, InputStream in) {
		AtomicLong counter = new AtomicLong();
		this.bytesRead.put(jobId, counter);
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					counter.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					counter.addAndGet(n);
				}
				return n;
			}

		};
	}

	/** Percent of the file read by a running validation, or -1 when unknown. */
	int percent(ImportJob job) {
		AtomicLong counter = this.bytesRead.get(job.id());
		if (counter == null || job.fileSize() == 0) {
			return -1;
		}
		return (int) Math.min(100, counter.get() * 100 / job.fileSize());
	}

	void done(long jobId) {
		this.bytesRead.remove(jobId);
	}

}
