package io.signalroom.customer.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Reads a mapped file once, streaming: rows that convert are copied into the staging
 * table, problems into a side file that is copied after them; then duplicates and unknown
 * customers are found with set-based SQL. Nothing reaches the customer tables.
 */
@Component
class ImportValidator {

	private static final CSVFormat COPY_FORMAT = CSVFormat.POSTGRESQL_CSV;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ImportTransactions transactions;

	private final JsonMapper json;

	private final ImportProgress progress;

	private final RunningImports running;

	private final ImportJobs jobs;

	ImportValidator(DataSource dataSource, JdbcClient jdbc, ImportTransactions transactions, JsonMapper json,
			ImportProgress progress, RunningImports running, ImportJobs jobs) {
		this.running = running;
		this.jobs = jobs;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.progress = progress;
	}

	record Counts(long read, long valid, long rejected) {

	}

	/**
	 * Stages and checks the job's rows and marks it validated, in one transaction: the
	 * job says VALIDATED exactly when its staged rows are there.
	 */
	Counts validate(ImportJob job) {
		return this.transactions.inOne(() -> {
			try {
				Counts counts = stageAndCheck(job);
				this.jobs.validated(job.id(), counts.read(), counts.valid(), counts.rejected());
				return counts;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
	}

	private Counts stageAndCheck(ImportJob job) throws IOException, SQLException {
		ImportMapping mapping = job.mapping();
		boolean customers = mapping.target() == ImportTarget.CUSTOMERS;
		String staging = customers ? "import_staged_customer" : "import_staged_event";
		this.jdbc.sql("delete from " + staging + " where job_id = ?").param(job.id()).update();
		this.jdbc.sql("delete from import_problem where job_id = ?").param(job.id()).update();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		this.running.attach(job.id(), connection);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		RowConverter converter = new RowConverter(mapping, this.json);
		Path problems = Files.createTempFile("import-problems-", ".csv");
		long read = 0;
		try {
			try (CSVParser parser = CsvFile.open(this.progress.track(job.id(), Files.newInputStream(job.file())),
					job.charsetOrUtf8(), job.delimiter());
					Writer rowsOut = new BufferedWriter(new OutputStreamWriter(
							new PGCopyOutputStream(connection.unwrap(PGConnection.class), copyRows(customers), 1 << 16),
							StandardCharsets.UTF_8), 1 << 16);
					CSVPrinter rows = new CSVPrinter(rowsOut, COPY_FORMAT);
					CSVPrinter problemRows = new CSVPrinter(Files.newBufferedWriter(problems), COPY_FORMAT)) {
				Iterator<CSVRecord> records = parser.iterator();
				if (records.hasNext()) {
					records.next();
				}
				while (records.hasNext()) {
					if (this.running.stopping()) {
						throw new IllegalStateException(this.running.shutdownMessage());
					}
					CSVRecord record = records.next();
					read++;
					RowConverter.Converted row = converter.convert(read + 1, CsvFile.values(record));
					if (row.valid()) {
						rows.print(job.id());
						rows.print(row.rowNo());
						for (String value : row.values()) {
							rows.print(value);
						}
						rows.println();
					}
					else {
						for (Problem problem : row.problems()) {
							problemRows.printRecord(job.id(), problem.rowNo(), problem.column(), problem.code().name(),
									truncate(problem.detail()));
						}
					}
				}
			}
			try (var in = Files.newBufferedReader(problems)) {
				copy.copyIn("copy import_problem (job_id, row_no, column_name, code, detail) from stdin (format csv)",
						in);
			}
		}
		finally {
			Files.deleteIfExists(problems);
			this.progress.done(job.id());
		}
		// fresh statistics let the checks and the final INSERT ... SELECT use hash joins
		this.jdbc.sql("analyze " + staging).update();
		findDuplicates(job, customers);
		if (!customers) {
			findUnknownCustomers(job);
		}
		long rejected = this.jdbc.sql("select count(distinct row_no) from import_problem where job_id = ?")
			.param(job.id())
			.query(Long.class)
			.single();
		return new Counts(read, read - rejected, rejected);
	}

	private static String copyRows(boolean customers) {
		return customers ? """
				copy import_staged_customer (job_id, row_no, external_id, name, email, segment, plan, lifecycle_stage,
				  owner, revenue, outcome, outcome_on, attributes) from stdin (format csv)""" : """
				copy import_staged_event (job_id, row_no, customer_ref, occurred_at, type, department, channel,
				  summary, value, attributes, source_key) from stdin (format csv)""";
	}

	private void findDuplicates(ImportJob job, boolean customers) {
		ImportField keyField = customers ? ImportField.EXTERNAL_ID : ImportField.EVENT_ID;
		String column = job.mapping()
			.indexOf(keyField)
			.map((i) -> job.mapping().columns().get(i).header())
			.orElse(null);
		String staging = customers ? "import_staged_customer" : "import_staged_event";
		String key = customers ? "external_id" : "source_key";
		this.jdbc.sql("""
				insert into import_problem (job_id, row_no, column_name, code, detail)
				select job_id, row_no, ?, 'DUPLICATE', first_row::text
				from (select job_id, row_no, min(row_no) over (partition by %s) as first_row
				      from %s where job_id = ?) s
				where row_no <> first_row""".formatted(key, staging)).params(column, job.id()).update();
	}

	private void findUnknownCustomers(ImportJob job) {
		ImportMapping mapping = job.mapping();
		String column = mapping.columns().get(mapping.indexOf(ImportField.CUSTOMER_ID).orElseThrow()).header();
		String known = (mapping.lookup() == CustomerLookup.EARLIER_EVENT_ID)
				? "select 1 from timeline_event e where e.workspace_id = ? and e.source_key = s.customer_ref"
				: "select 1 from customer c where c.workspace_id = ? and c.external_id = s.customer_ref";
		this.jdbc.sql("""
				insert into import_problem (job_id, row_no, column_name, code, detail)
				select s.job_id, s.row_no, ?, 'UNKNOWN_CUSTOMER', s.customer_ref
				from import_staged_event s where s.job_id = ? and not exists (%s)""".formatted(known))
			.params(column, job.id(), job.workspaceId())
			.update();
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 500) ? text.substring(0, 500) : text;
	}

}
