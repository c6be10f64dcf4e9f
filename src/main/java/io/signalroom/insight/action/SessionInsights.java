package io.signalroom.insight.action;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.insight.InsightStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads insights (statement and status) for action items, the recap and the summary.
 * Insights are written elsewhere in this module; this only reads their table, always
 * within one workspace.
 */
@Component
public class SessionInsights {

	private final JdbcClient jdbc;

	SessionInsights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One insight as actions and summaries show it. */
	public record InsightLine(long id, String statement, InsightStatus status) {

	}

	/** The insights recorded in a session, oldest first. */
	@Transactional(readOnly = true)
	public List<InsightLine> ofSession(long workspaceId, long sessionId) {
		return this.jdbc.sql("""
				select id, statement, status from insight
				where workspace_id = ? and session_id = ?
				order by created_at, id""")
			.params(workspaceId, sessionId)
			.query((rs, row) -> new InsightLine(rs.getLong("id"), rs.getString("statement"),
					InsightStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** Those of the given insights that belong to the workspace, by id. */
	@Transactional(readOnly = true)
	public Map<Long, InsightLine> byId(long workspaceId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, statement, status from insight where workspace_id = :ws and id in (:ids)")
			.param("ws", workspaceId)
			.param("ids", ids)
			.query((rs, row) -> new InsightLine(rs.getLong("id"), rs.getString("statement"),
					InsightStatus.valueOf(rs.getString("status"))))
			.list()
			.stream()
			.collect(Collectors.toMap(InsightLine::id, Function.identity()));
	}

}
