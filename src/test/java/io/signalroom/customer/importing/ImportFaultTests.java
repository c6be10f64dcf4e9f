package io.signalroom.customer.importing;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.EventType;
import io.signalroom.shared.postgres.EmbeddedPostgres;
import io.signalroom.support.OwnEmbeddedDatabase;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Faults around imports, as an operator meets them, on app instances whose embedded
 * PostgreSQL lives in a directory of the test's own: the server killed under a checked
 * job and under a running import, the app shut down during an import, a second app on the
 * same directory. Nothing is lost, half-written or doubled, and every interrupted job can
 * be retried to exactly its file's rows.
 */
class ImportFaultTests {

	static final int ROWS = 3_000;

	static final int CUSTOMERS = 50;

	static final Duration WITHIN = Duration.ofSeconds(120);

	final OwnEmbeddedDatabase database = new OwnEmbeddedDatabase();

	ConfigurableApplicationContext app;

	Path csv;

	@BeforeEach
	void anEventsFile() throws Exception {
		this.csv = Files.createTempFile("fault-events-", ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(this.csv)) {
			out.write("event_id,customer_id,occurred_at,feature\n");
			for (int i = 0; i < ROWS; i++) {
				out.write("E-" + i + ",C-" + (i % CUSTOMERS + 1) + ",2024-03-" + String.format("%02d", i % 28 + 1)
						+ " 10:00:00,feature_" + (i % 40) + "\n");
			}
		}
	}

	@AfterEach
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		this.database.close();
		Files.deleteIfExists(this.csv);
	}

	@Test
	void aServerCrashKeepsACheckedJobWholeAndFailsARunningImportThatARetryImportsExactlyOnce() throws Exception {
		this.app = this.database.startApp();
		Instance first = new Instance(this.app);
		CurrentMember checkedBy = first.workspaceWithCustomers();
		CurrentMember importingBy = first.workspaceWithCustomers();
		long checked = first.checkedJob(checkedBy, this.csv);
		long importing = first.checkedJob(importingBy, this.csv);

		Connection blocker = first.lockTimeline();
		first.imports.startImport(importingBy, importing);
		first.awaitInsertWaitingForLock();
		first.killServer();
		Instance.closeQuietly(blocker);
		// the import's thread records the failure once the supervisor has the server back
		await().atMost(WITHIN).ignoreExceptions().until(() -> first.job(importing).status() == ImportStatus.FAILED);

		this.app.close();
		this.app = this.database.startApp();
		Instance second = new Instance(this.app);

		ImportJob failed = second.job(importing);
		assertThat(failed.errorMessage()).contains("database connection was lost");
		assertThat(second.events(importingBy)).as("a crashed import writes nothing").isEqualTo(List.of(0L, 0L));
		assertThat(second.stagedRows(importing)).isZero();

		assertThat(second.job(checked).status()).as("staged rows survive crash recovery")
			.isEqualTo(ImportStatus.VALIDATED);
		ImportJob imported = second.importAndAwait(checkedBy, checked);
		assertThat(imported.rowsImported()).isEqualTo(ROWS);
		assertThat(imported.rowsExisting()).isZero();
		assertThat(second.events(checkedBy)).isEqualTo(List.of((long) ROWS, (long) ROWS));

		second.imports.retry(importingBy, importing);
		await().atMost(WITHIN).ignoreExceptions().until(() -> second.job(importing).status() == ImportStatus.VALIDATED);
		assertThat(second.importAndAwait(importingBy, importing).rowsImported()).isEqualTo(ROWS);
		assertThat(second.events(importingBy)).isEqualTo(List.of((long) ROWS, (long) ROWS));

		// the same file once more: every row counted as stored before, nothing doubled
		ImportJob again = second.importAndAwait(checkedBy, second.checkedJob(checkedBy, this.csv));
		assertThat(again.rowsImported()).isZero();
		assertThat(again.rowsExisting()).isEqualTo(ROWS);
		assertThat(second.events(checkedBy)).isEqualTo(List.of((long) ROWS, (long) ROWS));
	}

	@Test
	void aPostmasterKilledAloneUnderAnImportLeavesTheJobAndItsDataInAgreement() throws Exception {
		this.app = this.database.startApp();
		Instance instance = new Instance(this.app);
		CurrentMember me = instance.workspaceWithCustomers();
		long job = instance.checkedJob(me, this.csv);
		Connection blocker = instance.lockTimeline();
		instance.imports.startImport(me, job);
		instance.awaitInsertWaitingForLock();

		// its backends live on for a moment: the import may finish and commit, or die
		instance.killPostmaster();
		Instance.closeQuietly(blocker);
		await().atMost(WITHIN).ignoreExceptions().until(() -> !instance.job(job).status().running());

		ImportJob settled = instance.job(job);
		if (settled.status() == ImportStatus.IMPORTED) {
			assertThat(settled.rowsImported()).isEqualTo(ROWS);
			assertThat(instance.events(me)).isEqualTo(List.of((long) ROWS, (long) ROWS));
		}
		else {
			assertThat(settled.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(instance.events(me)).isEqualTo(List.of(0L, 0L));
			instance.imports.retry(me, job);
			await().atMost(WITHIN).ignoreExceptions().until(() -> instance.job(job).status() == ImportStatus.VALIDATED);
			assertThat(instance.importAndAwait(me, job).rowsImported()).isEqualTo(ROWS);
			assertThat(instance.events(me)).isEqualTo(List.of((long) ROWS, (long) ROWS));
		}
	}

	@Test
	void aShutdownDuringAnImportCancelsItCleanlyAndTheNextStartOffersItForRetry() throws Exception {
		this.app = this.database.startApp();
		Instance first = new Instance(this.app);
		CurrentMember me = first.workspaceWithCustomers();
		long job = first.checkedJob(me, this.csv);
		Path file = first.job(job).file();

		Connection blocker = first.lockTimeline();
		first.imports.startImport(me, job);
		first.awaitInsertWaitingForLock();
		this.app.close();
		Instance.closeQuietly(blocker);

		this.app = this.database.startApp();
		Instance second = new Instance(this.app);
		ImportJob stopped = second.job(job);
		assertThat(stopped.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(stopped.errorMessage()).as("recorded by the shutdown itself, before the pool closed")
			.startsWith("Stopped by a server shutdown");
		assertThat(second.events(me)).isEqualTo(List.of(0L, 0L));
		assertThat(file).as("kept for the retry").exists();

		second.imports.retry(me, job);
		await().atMost(WITHIN).ignoreExceptions().until(() -> second.job(job).status() == ImportStatus.VALIDATED);
		assertThat(second.importAndAwait(me, job).rowsImported()).isEqualTo(ROWS);
		assertThat(second.events(me)).isEqualTo(List.of((long) ROWS, (long) ROWS));
		// an import without rejected rows takes its file with it, right after it
		// committed
		await().atMost(WITHIN).until(() -> Files.notExists(file));

		// one owner per directory: a second app is refused and the first goes on working
		assertThatThrownBy(this.database::startApp)
			.hasStackTraceContaining("is in use by process " + ProcessHandle.current().pid());
		assertThat(second.events(me)).isEqualTo(List.of((long) ROWS, (long) ROWS));
	}

	/** What a test does on one running app instance. */
	static final class Instance {

		final Imports imports;

		final ImportJobs jobs;

		final JdbcClient jdbc;

		final EmbeddedPostgres server;

		final TestWorkspaces workspaces;

		Instance(ConfigurableApplicationContext app) {
			this.workspaces = TestWorkspaces.of(app);
			this.imports = app.getBean(Imports.class);
			this.jobs = app.getBean(ImportJobs.class);
			this.jdbc = app.getBean(JdbcClient.class);
			this.server = app.getBean(EmbeddedPostgres.class);
		}

		CurrentMember workspaceWithCustomers() {
			CurrentMember me = this.workspaces.freshAdmin();
			this.jdbc.sql("""
					insert into customer (workspace_id, external_id, name)
					select ?, 'C-' || g, 'Customer ' || g from generate_series(1, ?) g""")
				.params(me.workspaceId(), CUSTOMERS)
				.update();
			return me;
		}

		long checkedJob(CurrentMember me, Path file) throws Exception {
			return checkedJob(me, file, ROWS);
		}

		/** Uploads the file, maps it and checks it, on this thread. */
		long checkedJob(CurrentMember me, Path file, int rows) throws Exception {
			long id;
			try (InputStream in = Files.newInputStream(file)) {
				id = this.imports.upload(me, "events.csv", in);
			}
			this.imports.map(job(id),
					new ImportMapping(ImportTarget.EVENTS,
							List.of(new ColumnMapping("event_id", ImportField.EVENT_ID, null, null),
									new ColumnMapping("customer_id", ImportField.CUSTOMER_ID, null, null),
									new ColumnMapping("occurred_at", ImportField.OCCURRED_AT, DatePattern.SQL_DATE_TIME,
											null),
									new ColumnMapping("feature", ImportField.SUMMARY, null, null)),
							EventType.FEATURE_USED, null));
			assertThat(this.jobs.move(id, ImportStatus.UPLOADED, ImportStatus.VALIDATING)).isTrue();
			this.imports.validate(id);
			assertThat(job(id).status()).as(String.valueOf(job(id).errorMessage())).isEqualTo(ImportStatus.VALIDATED);
			assertThat(job(id).rowsValid()).isEqualTo(rows);
			return id;
		}

		ImportJob importAndAwait(CurrentMember me, long id) {
			this.imports.startImport(me, id);
			await().atMost(WITHIN).ignoreExceptions().until(() -> !job(id).status().running());
			ImportJob done = job(id);
			assertThat(done.status()).as(String.valueOf(done.errorMessage())).isEqualTo(ImportStatus.IMPORTED);
			return done;
		}

		ImportJob job(long id) {
			return this.jobs.get(id);
		}

		/** The workspace's events, and how many distinct source keys they have. */
		List<Long> events(CurrentMember me) {
			return this.jdbc
				.sql("select count(*), count(distinct source_key) from timeline_event where workspace_id = ?")
				.param(me.workspaceId())
				.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
				.single();
		}

		long stagedRows(long jobId) {
			return this.jdbc.sql("select count(*) from import_staged_event where job_id = ?")
				.param(jobId)
				.query(Long.class)
				.single();
		}

		/**
		 * Holds a lock that an import's INSERT waits for, so a fault lands while the
		 * INSERT runs, whatever the machine's speed.
		 */
		Connection lockTimeline() throws SQLException {
			Connection connection = DriverManager.getConnection(this.server.jdbcUrl(), this.server.username(),
					this.server.password());
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("lock table timeline_event in share mode");
			}
			return connection;
		}

		void awaitInsertWaitingForLock() {
			await().atMost(WITHIN)
				.ignoreExceptions()
				.until(() -> this.jdbc.sql("""
						select count(*) from pg_stat_activity
						where wait_event_type = 'Lock' and query like 'with inserted as%'""")
					.query(Long.class)
					.single() == 1);
		}

		static void closeQuietly(Connection connection) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// it died with its server
			}
		}

		/** Kills the postmaster alone, as an operator's {@code kill -9} does. */
		void killPostmaster() {
			ProcessHandle.of(this.server.pid()).orElseThrow().destroyForcibly();
		}

		/**
		 * Kills every process of the server at once, as when the machine kills it: no
		 * statement that was running can finish.
		 */
		void killServer() {
			ProcessHandle postmaster = ProcessHandle.of(this.server.pid()).orElseThrow();
			List<ProcessHandle> backends = postmaster.descendants().toList();
			postmaster.destroyForcibly();
			backends.forEach(ProcessHandle::destroyForcibly);
		}

	}

}
