package io.signalroom.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.signalroom.customer.EventType;
import io.signalroom.customer.importing.ColumnMapping;
import io.signalroom.customer.importing.DatePattern;
import io.signalroom.customer.importing.ImportField;
import io.signalroom.customer.importing.ImportMapping;
import io.signalroom.customer.importing.ImportTarget;
import io.signalroom.customer.importing.Imports;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports 1,000,000 events through the import pipeline (inspect, validate into staging,
 * one INSERT ... SELECT) and raw-COPYs the same file into the same table, printing rows
 * per second, their ratio and the peak heap. Prints figures; never fails on a time. Run
 * with
 * {@code ./mvnw -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@Tag("bench")
@IntegrationTest
class ImportBenchmark {

	private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);

	private static final int CUSTOMERS = 10_000;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void importOneMillionEvents() throws Exception {
		long workspace = this.jdbc.sql("insert into workspace (name) values ('Import benchmark') returning id")
			.query(Long.class)
			.single();
		long user = this.jdbc
			.sql("""
					insert into app_user (email, display_name, password_hash) values (?, 'Bench', '{noop}x') returning id""")
			.param("bench-" + System.nanoTime() + "@example.test")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into customer (workspace_id, external_id, name)
				select ?, 'C-' || g, 'Customer ' || g from generate_series(1, ?) g""")
			.params(workspace, CUSTOMERS)
			.update();
		Path file = Files.createTempFile("bench-events-", ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("event_id,customer_id,occurred_at,feature,count\n");
			for (int i = 0; i < EVENTS; i++) {
				out.write("E-" + i + ",C-" + (i % CUSTOMERS + 1) + ",2024-"
						+ String.format("%02d-%02d", i % 12 + 1, i % 28 + 1) + " 10:" + String.format("%02d", i % 60)
						+ ":00,feature_" + (i % 40) + "," + (i % 17) + "\n");
			}
		}
		System.out.printf("bench: %,d events, file %,d bytes%n", EVENTS, Files.size(file));

		HeapSampler heap = new HeapSampler();
		heap.start();
		long start = System.nanoTime();
		Path upload = Files.copy(file, file.resolveSibling(file.getFileName() + ".upload"));
		long job = this.imports.register(workspace, user, "bench.csv", upload);
		ImportMapping mapping = new ImportMapping(ImportTarget.EVENTS,
				List.of(new ColumnMapping("event_id", ImportField.EVENT_ID, null, null),
						new ColumnMapping("customer_id", ImportField.CUSTOMER_ID, null, null),
						new ColumnMapping("occurred_at", ImportField.OCCURRED_AT, DatePattern.SQL_DATE_TIME, null),
						new ColumnMapping("feature", ImportField.SUMMARY, null, null),
						new ColumnMapping("count", ImportField.VALUE, null, null)),
				EventType.FEATURE_USED, null);
		this.jdbc.sql("update import_job set mapping = ?::jsonb, target = 'EVENTS', status = 'VALIDATING' where id = ?")
			.params(new tools.jackson.databind.json.JsonMapper().writeValueAsString(mapping), job)
			.update();
		long validateStart = System.nanoTime();
		this.imports.validate(job);
		long validated = System.nanoTime();
		this.jdbc.sql("update import_job set status = 'IMPORTING' where id = ? and status = 'VALIDATED'")
			.param(job)
			.update();
		this.imports.write(job);
		long pipelineNanos = System.nanoTime() - start;
		heap.finish();
		String status = this.jdbc.sql(
				"select status || ' ' || rows_imported || ' ' || coalesce(error_message, '') from import_job where id = ?")
			.param(job)
			.query(String.class)
			.single();
		System.out.printf("bench: pipeline job: %s; validate %.1f s, write %.1f s%n", status,
				(validated - validateStart) / 1e9, (System.nanoTime() - start - (validated - start)) / 1e9);

		// raw COPY of the same file into the same table, as a fresh set of events
		this.jdbc.sql("delete from timeline_event where workspace_id = ?").param(workspace).update();
		long customerId = this.jdbc.sql("select min(id) from customer where workspace_id = ?")
			.param(workspace)
			.query(Long.class)
			.single();
		long[] copied = rawCopy(file, workspace, customerId);
		long copyNanos = copied[1];

		double pipelineRate = EVENTS / (pipelineNanos / 1e9);
		double copyRate = copied[0] / (copyNanos / 1e9);
		System.out.printf(
				"bench: pipeline %,.0f rows/s (%.1f s); raw COPY %,.0f rows/s (%.1f s); ratio %.2f (goal >= 0.5)%n",
				pipelineRate, pipelineNanos / 1e9, copyRate, copyNanos / 1e9, pipelineRate / copyRate);
		System.out.printf("bench: peak heap used %,d MB (goal < 512 MB)%n", heap.peak() / (1024 * 1024));
		Files.deleteIfExists(file);
	}

	/**
	 * COPY straight into timeline_event: the columns the file has, with workspace,
	 * customer and type fixed by column defaults on a session-local view of the table.
	 */
	private long[] rawCopy(Path file, long workspace, long customerId) throws Exception {
		try (Connection connection = this.dataSource.getConnection(); Reader in = Files.newBufferedReader(file)) {
			try (var statement = connection.createStatement()) {
				statement.execute("alter table timeline_event alter column workspace_id set default " + workspace);
				statement.execute("alter table timeline_event alter column customer_id set default " + customerId);
				statement.execute("alter table timeline_event alter column type set default 'FEATURE_USED'");
			}
			long start = System.nanoTime();
			long rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy timeline_event (source_key, channel, occurred_at, summary, value) from stdin (format csv, header true)",
						in);
			long nanos = System.nanoTime() - start;
			try (var statement = connection.createStatement()) {
				statement.execute("alter table timeline_event alter column workspace_id drop default");
				statement.execute("alter table timeline_event alter column customer_id drop default");
				statement.execute("alter table timeline_event alter column type drop default");
			}
			return new long[] { rows, nanos };
		}
	}

	/**
	 * Samples used heap every 20 ms; GC beans alone miss the peaks between collections.
	 */
	static final class HeapSampler extends Thread {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong peak = new AtomicLong();

		HeapSampler() {
			super("heap-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((p) -> p.getType() == MemoryType.HEAP)
				.toList();
			pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			while (this.running.get()) {
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				this.peak.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void finish() {
			this.running.set(false);
		}

		long peak() {
			return this.peak.get();
		}

	}

}
