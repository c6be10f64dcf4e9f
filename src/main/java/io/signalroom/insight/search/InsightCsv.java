package io.signalroom.insight.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export as CSV: a header row, then one row per insight; lists joined with "; ". A
 * cell that a spreadsheet would take for a formula gets a leading apostrophe.
 */
final class InsightCsv {

	static final String[] HEADER = { "id", "created_at", "category", "status", "statement", "test_plan", "departments",
			"signal_types", "segments", "tags", "session", "link" };

	private InsightCsv() {
	}

	static void write(InsightExport export, Writer out) {
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
			for (ExportRow row : export.rows()) {
				csv.printRecord(row.id(), row.createdAt(), cell(row.category()), cell(row.status()),
						cell(row.statement()), cell(row.testPlan()), list(row.departments()), list(row.signalTypes()),
						list(row.segments()), list(row.tags()), cell(row.session()), "/insights/" + row.id());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String list(List<String> values) {
		return cell(String.join("; ", values));
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

}
