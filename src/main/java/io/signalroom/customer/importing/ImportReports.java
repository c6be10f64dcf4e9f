package io.signalroom.customer.importing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a validation found: totals per kind of problem, the first problems in file order,
 * and the rejected rows as CSV with a reason column.
 */
@Component
public class ImportReports {

	public record Total(Problem.Code code, long count) {

	}

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ImportReports(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<Total> totals(ImportJob job) {
		return this.jdbc
			.sql("select code, count(*) as n from import_problem where job_id = ? group by code order by count(*) desc")
			.param(job.id())
			.query((rs, n) -> new Total(Problem.Code.valueOf(rs.getString("code")), rs.getLong("n")))
			.list();
	}

	/**
	 * Churned events in a validated events file for customers whose outcome is not
	 * churned (RavenStack's churn events cover more accounts than its churn flag marks):
	 * not a problem, but worth knowing before importing. Null when there are none.
	 */
	ChurnNote churnNote(ImportJob job) {
		if (job.target() != ImportTarget.EVENTS || job.status() != ImportStatus.VALIDATED) {
			return null;
		}
		String owner = (job.mapping().lookup() == CustomerLookup.EARLIER_EVENT_ID)
				? "join timeline_event e on e.workspace_id = :ws and e.source_key = s.customer_ref "
						+ "join customer c on c.id = e.customer_id"
				: "join customer c on c.workspace_id = :ws and c.external_id = s.customer_ref";
		return this.jdbc
			.sql("""
					with churned as (
					  select c.external_id, count(*) as events from import_staged_event s %s
					  where s.job_id = :job and s.type = 'CHURNED' and c.outcome is distinct from 'CHURNED'
					  group by c.external_id)
					select (select coalesce(sum(events), 0) from churned) as events, (select count(*) from churned) as customers,
					       array(select external_id from churned order by external_id limit 5) as examples"""
				.formatted(owner))
			.param("ws", job.workspaceId())
			.param("job", job.id())
			.query((rs, n) -> new ChurnNote(rs.getLong("events"), rs.getLong("customers"),
					List.of((String[]) rs.getArray("examples").getArray())))
			.optional()
			.filter((note) -> note.customers() > 0)
			.orElse(null);
	}

	/** Churned events for customers not marked as churned, with a few of their ids. */
	public record ChurnNote(long events, long customers, List<String> examples) {

		public String exampleList() {
			return String.join(", ", this.examples);
		}

	}

	List<Problem> first(ImportJob job, int limit) {
		return this.jdbc.sql("""
				select row_no, column_name, code, detail from import_problem where job_id = ?
				order by row_no, column_name limit ?""").params(job.id(), limit).query(this::map).list();
	}

	/**
	 * The file's rejected rows with their header and a last column giving the reasons.
	 */
	@Transactional(readOnly = true)
	void writeRejected(ImportJob job, OutputStream out, Locale locale) {
		try (Stream<Problem> problems = this.jdbc
			.sql("select row_no, column_name, code, detail from import_problem where job_id = ? order by row_no")
			.param(job.id())
			.query(this::map)
			.stream();
				CSVParser parser = CsvFile.open(job.file(), job.charsetOrUtf8(), job.delimiter());
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			Iterator<CSVRecord> records = parser.iterator();
			Iterator<Problem> pending = problems.iterator();
			Problem next = pending.hasNext() ? pending.next() : null;
			if (records.hasNext()) {
				List<String> header = new ArrayList<>(CsvFile.values(records.next()));
				header.add(this.messages.getMessage("import.rejected.reason", null, locale));
				printer.printRecord(header);
			}
			long rowNo = 1;
			while (records.hasNext() && next != null) {
				CSVRecord record = records.next();
				rowNo++;
				List<String> reasons = new ArrayList<>();
				while (next != null && next.rowNo() == rowNo) {
					reasons.add(describe(next, locale));
					next = pending.hasNext() ? pending.next() : null;
				}
				if (!reasons.isEmpty()) {
					List<String> row = new ArrayList<>(CsvFile.values(record));
					row.add(String.join("; ", reasons));
					printer.printRecord(row);
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Problems as the report table shows them. */
	public record Line(long rowNo, String column, String reason) {

	}

	List<Line> lines(ImportJob job, int limit, Locale locale) {
		return first(job, limit).stream()
			.map((p) -> new Line(p.rowNo(), p.column(),
					this.messages.getMessage(p.code().messageKey(), new Object[] { Objects.toString(p.detail(), "") },
							locale)))
			.toList();
	}

	String describe(Problem problem, Locale locale) {
		String reason = this.messages.getMessage(problem.code().messageKey(),
				new Object[] { Objects.toString(problem.detail(), "") }, locale);
		return (problem.column() != null) ? problem.column() + ": " + reason : reason;
	}

	private Problem map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Problem(rs.getLong("row_no"), rs.getString("column_name"),
				Problem.Code.valueOf(rs.getString("code")), rs.getString("detail"));
	}

}
