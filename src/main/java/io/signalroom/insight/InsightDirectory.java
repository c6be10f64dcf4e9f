package io.signalroom.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read about insights and action items: one workspace's insights
 * and actions by id (for pickers and links), its validated insights (the playbook) and
 * the counts a dashboard draws. Read-only; every query is scoped by the workspace, so ids
 * of another workspace simply find nothing. Weeks start on Monday, in UTC.
 */
@Service
@Transactional(readOnly = true)
public class InsightDirectory {

	private final JdbcClient jdbc;

	InsightDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InsightRef> insight(long workspaceId, long insightId) {
		return insights(workspaceId, List.of(insightId)).stream().findFirst();
	}

	/** Those of the given insights that belong to the workspace, newest first. */
	public List<InsightRef> insights(long workspaceId, Collection<Long> insightIds) {
		if (insightIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, statement, category, status, session_id from insight
				where workspace_id = :workspace and id in (:ids) order by created_at desc, id desc""")
			.param("workspace", workspaceId)
			.param("ids", insightIds)
			.query(InsightRef.class)
			.list();
	}

	/** The workspace's most recently recorded insights, newest first. */
	public List<InsightRef> latestInsights(long workspaceId, int limit) {
		return this.jdbc.sql("""
				select id, statement, category, status, session_id from insight
				where workspace_id = ? order by created_at desc, id desc limit ?""")
			.params(workspaceId, limit)
			.query(InsightRef.class)
			.list();
	}

	/** Those of the given action items that belong to the workspace, newest first. */
	public List<ActionRef> actions(long workspaceId, Collection<Long> actionIds) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, title, status, due_on from action_item
				where workspace_id = :workspace and id in (:ids) order by created_at desc, id desc""")
			.param("workspace", workspaceId)
			.param("ids", actionIds)
			.query(ActionRef.class)
			.list();
	}

	/** The workspace's most recently created action items, newest first. */
	public List<ActionRef> latestActions(long workspaceId, int limit) {
		return this.jdbc.sql("""
				select id, title, status, due_on from action_item
				where workspace_id = ? order by created_at desc, id desc limit ?""")
			.params(workspaceId, limit)
			.query(ActionRef.class)
			.list();
	}

	/**
	 * The insights a manager has validated, by category and then most recently validated
	 * first: what the playbook teaches.
	 */
	public List<ValidatedInsight> validated(long workspaceId) {
		return this.jdbc.sql("""
				select i.id, i.statement, i.category, i.test_plan, i.session_id,
				       coalesce((select max(c.changed_at) from insight_status_change c
				                 where c.insight_id = i.id and c.to_status = 'VALIDATED'), i.updated_at) as validated_at
				from insight i
				where i.workspace_id = ? and i.status = 'VALIDATED'
				order by i.category, validated_at desc, i.id desc""")
			.param(workspaceId)
			.query(ValidatedInsight.class)
			.list();
	}

	/**
	 * How many insights the workspace has in each category and status (only non-zero).
	 */
	public List<CategoryStatusCount> countsByCategoryAndStatus(long workspaceId) {
		return this.jdbc.sql("""
				select category, status, count(*) as count from insight
				where workspace_id = ? group by category, status order by category, status""")
			.param(workspaceId)
			.query(CategoryStatusCount.class)
			.list();
	}

	/**
	 * The workspace's action items by status, and how many open ones are past their due
	 * date as of {@code today}.
	 */
	public ActionFigures actionFigures(long workspaceId, LocalDate today) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'OPEN') as open,
				       count(*) filter (where status = 'DONE') as done,
				       count(*) filter (where status = 'DROPPED') as dropped,
				       count(*) filter (where status = 'OPEN' and due_on < ?) as overdue
				from action_item where workspace_id = ?""")
			.params(today, workspaceId)
			.query(ActionFigures.class)
			.single();
	}

	/** An insight as other modules link to it. */
	public record InsightRef(long id, String statement, InsightCategory category, InsightStatus status,
			Long sessionId) {

	}

	/** An action item as other modules link to it. */
	public record ActionRef(long id, String title, ActionStatus status, LocalDate dueOn) {

	}

	/** A validated insight with how the team tests it and when it was validated. */
	public record ValidatedInsight(long id, String statement, InsightCategory category, String testPlan, Long sessionId,
			Instant validatedAt) {

	}

	public record CategoryStatusCount(InsightCategory category, InsightStatus status, long count) {

	}

	/**
	 * Action items by status. The completion rate leaves dropped items out: of the items
	 * the team kept, how many it finished.
	 */
	public record ActionFigures(long open, long done, long dropped, long overdue) {

		public long total() {
			return this.open + this.done + this.dropped;
		}

		/** Done out of done and open, in whole percent; null while there are none. */
		public Integer completionPercent() {
			long kept = this.done + this.open;
			return (kept == 0) ? null : (int) Math.round(100.0 * this.done / kept);
		}

	}

}
