package io.signalroom.insight.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search's whole result for a file: at most {@link InsightExports#MAX_ROWS} insights in
 * the page's order; {@code capped} when the search found more. {@code filters} says what
 * was searched for, one line per word search, facet value or date.
 */
record InsightExport(List<String> filters, List<ExportRow> rows, boolean capped, LocalDate day) {

	String filename(String extension) {
		return "insights-" + this.day + "." + extension;
	}

}
