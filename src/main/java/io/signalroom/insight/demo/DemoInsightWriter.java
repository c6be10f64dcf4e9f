package io.signalroom.insight.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo insights, their evidence and status history, and action items into the
 * insight module's tables with the times they would have had: the services stamp
 * everything with the present moment.
 */
@Component
class DemoInsightWriter {

	private final JdbcClient jdbc;

	DemoInsightWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An insight row with its facets, as the insight module keeps them. */
	record InsightRow(long workspaceId, long sessionId, String statement, InsightCategory category,
			InsightStatus status, String testPlan, String[] departments, Long[] signalTypeIds, String[] segments,
			String[] tags, long createdBy, Instant createdAt, Instant updatedAt, int changes) {

	}

	/** One piece of evidence: a customer and what of theirs the insight points at. */
	record EvidenceRow(long customerId, Long interpretationId, Long timelineEventId, Long detectedSignalId) {

	}

	record ActionRow(long workspaceId, long sessionId, Long seriesId, Long insightId, Long customerId, String title,
			long ownerId, LocalDate dueOn, ActionStatus status, String outcomeNote, long createdBy, Instant createdAt,
			Instant closedAt) {

	}

	/**
	 * Waits for any other instance seeding the same workspace, until this transaction
	 * ends.
	 */
	void lock(long workspaceId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("demo-insights-" + workspaceId)
			.query()
			.singleRow();
	}

	boolean anyInsightOf(long workspaceId, List<Long> sessionIds) {
		return this.jdbc.sql("select exists (select 1 from insight where workspace_id = ? and session_id = any(?))")
			.params(workspaceId, sessionIds.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

	long insight(InsightRow row, List<EvidenceRow> evidence) {
		long id = this.jdbc.sql("""
				insert into insight (workspace_id, session_id, statement, category, status, test_plan, departments,
				    signal_type_ids, segments, tags, created_by, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(row.workspaceId(), row.sessionId(), row.statement(), row.category().name(), row.status().name(),
					row.testPlan(), row.departments(), row.signalTypeIds(), row.segments(), row.tags(), row.createdBy(),
					Timestamp.from(row.createdAt()), Timestamp.from(row.updatedAt()), row.changes())
			.query(Long.class)
			.single();
		for (EvidenceRow e : evidence) {
			this.jdbc.sql("""
					insert into insight_evidence (insight_id, customer_id, interpretation_id, timeline_event_id,
					    detected_signal_id) values (?, ?, ?, ?, ?)""")
				.params(id, e.customerId(), e.interpretationId(), e.timelineEventId(), e.detectedSignalId())
				.update();
		}
		return id;
	}

	void statusChange(long insightId, InsightStatus from, InsightStatus to, String reason, long changedBy, Instant at) {
		this.jdbc.sql("""
				insert into insight_status_change (insight_id, from_status, to_status, reason, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(insightId, (from != null) ? from.name() : null, to.name(), reason, changedBy, Timestamp.from(at))
			.update();
	}

	void action(ActionRow row) {
		this.jdbc.sql("""
				insert into action_item (workspace_id, session_id, series_id, insight_id, customer_id, title, owner_id,
				    due_on, status, outcome_note, created_by, created_at, closed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.workspaceId(), row.sessionId(), row.seriesId(), row.insightId(), row.customerId(), row.title(),
					row.ownerId(), row.dueOn(), row.status().name(), row.outcomeNote(), row.createdBy(),
					Timestamp.from(row.createdAt()), (row.closedAt() != null) ? Timestamp.from(row.closedAt()) : null,
					(row.closedAt() != null) ? 1 : 0)
			.update();
	}

}
