package io.signalroom.insight.search;

import java.time.Instant;
import java.util.List;

/**
 * One insight of an export, every value as the repository page names it.
 */
record ExportRow(long id, Instant createdAt, String category, String status, String statement, String testPlan,
		List<String> departments, List<String> signalTypes, List<String> segments, List<String> tags, String session) {

}
