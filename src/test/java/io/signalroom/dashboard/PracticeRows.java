package io.signalroom.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.SessionStatus;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Object mother for the wins, playbook and dashboard tests: rows of the tables other
 * engineers' features write (insights, action items, sessions, interpretations), made
 * with plain SQL so these tests do not depend on those features' services.
 */
@Component
public class PracticeRows {

	private final JdbcClient jdbc;

	PracticeRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insight(CurrentMember by, String statement, InsightCategory category, InsightStatus status,
			Long sessionId, Instant createdAt) {
		return this.jdbc.sql("""
				insert into insight (workspace_id, session_id, statement, category, status, test_plan, created_by,
				                     created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(by.workspaceId(), sessionId, statement, category.name(), status.name(), "Watch the next quarter",
					by.userId(), java.sql.Timestamp.from(createdAt), java.sql.Timestamp.from(createdAt))
			.query(Long.class)
			.single();
	}

	public void status(long insightId, InsightStatus status) {
		this.jdbc.sql("update insight set status = ? where id = ?").params(status.name(), insightId).update();
	}

	public long action(CurrentMember by, String title, ActionStatus status, LocalDate dueOn) {
		return this.jdbc.sql("""
				insert into action_item (workspace_id, title, owner_id, due_on, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, now()) returning id""")
			.params(by.workspaceId(), title, by.userId(), dueOn, status.name(), by.userId())
			.query(Long.class)
			.single();
	}

	/**
	 * A session that started at the given time (null: never started) and is now in the
	 * status.
	 */
	public long session(CurrentMember facilitator, String focus, Instant scheduled, Instant startedAt,
			SessionStatus status) {
		return this.jdbc
			.sql("""
					insert into practice_session (workspace_id, focus, learning_goal, facilitator_id, status, scheduled_start,
					                              duration_minutes, join_code, started_at, created_by)
					values (?, ?, 'OTHER', ?, ?, ?, 60, ?, ?, ?) returning id""")
			.params(facilitator.workspaceId(), focus, facilitator.userId(), status.name(),
					java.sql.Timestamp.from(scheduled), UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
					(startedAt != null) ? java.sql.Timestamp.from(startedAt) : null, facilitator.userId())
			.query(Long.class)
			.single();
	}

	/** A weekly series whose sessions were each held at their planned time. */
	public long weeklySeries(CurrentMember facilitator, String title, Instant... held) {
		long seriesId = this.jdbc
			.sql("insert into session_series (workspace_id, title, cadence) values (?, ?, 'WEEKLY') returning id")
			.params(facilitator.workspaceId(), title)
			.query(Long.class)
			.single();
		for (Instant at : held) {
			long sessionId = session(facilitator, title, at, at, SessionStatus.ENDED);
			this.jdbc.sql("update practice_session set series_id = ? where id = ?")
				.params(seriesId, sessionId)
				.update();
		}
		return seriesId;
	}

	public void interpretation(CurrentMember author, long sessionId, long customerId, Instant at) {
		this.jdbc
			.sql("""
					insert into interpretation (workspace_id, session_id, author_id, department, customer_id, text, category,
					                            confidence, created_at)
					values (?, ?, ?, ?, ?, 'They are comparing plans', 'BUYING_INTENT', 3, ?)""")
			.params(author.workspaceId(), sessionId, author.userId(), author.department().name(), customerId,
					java.sql.Timestamp.from(at))
			.update();
	}

	public long win(CurrentMember author, String title, BigDecimal value, LocalDate wonOn) {
		return this.jdbc.sql("""
				insert into win (workspace_id, kind, title, value_amount, won_on, author_id, created_at, updated_at)
				values (?, 'OTHER', ?, ?, ?, ?, now(), now()) returning id""")
			.params(author.workspaceId(), title, value, wonOn, author.userId())
			.query(Long.class)
			.single();
	}

	public long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
