package io.signalroom.session.demo;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.signalroom.session.SessionStatus;
import io.signalroom.session.demo.DemoHistory.Plan;
import io.signalroom.session.demo.DemoHistory.Scorecard;
import io.signalroom.session.planning.JoinCodes;
import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory.WorkspaceMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo history into the session module's tables as it would have been left by
 * sessions run in the past: the services stamp everything with the present moment, and
 * the history needs times from weeks ago.
 */
@Component
class DemoSessionWriter {

	private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	DemoSessionWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One agenda item as it was planned and, for a held session, as it ran. */
	record ItemRow(String title, int plannedMinutes, int extraMinutes, Instant startedAt, Instant endedAt,
			int elapsedSeconds) {

	}

	/** An interpretation as logged in an agenda item. */
	record ReadingRow(long authorId, Department department, long customerId, Long timelineEventId,
			Long detectedSignalId, String text, SignalCategory category, int confidence, Scorecard scorecard,
			long agendaItemId, Instant createdAt) {

	}

	/**
	 * Waits for any other instance seeding the same workspace, until this transaction
	 * ends.
	 */
	void lock(long workspaceId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("demo-sessions-" + workspaceId)
			.query()
			.singleRow();
	}

	boolean seriesExists(long workspaceId, String title) {
		return this.jdbc.sql("select exists (select 1 from session_series where workspace_id = ? and title = ?)")
			.params(workspaceId, title)
			.query(Boolean.class)
			.single();
	}

	long series(long workspaceId, String title, Instant createdAt) {
		return this.jdbc.sql("""
				insert into session_series (workspace_id, title, cadence, created_at)
				values (?, ?, 'WEEKLY', ?) returning id""")
			.params(workspaceId, title, Timestamp.from(createdAt))
			.query(Long.class)
			.single();
	}

	/** A session as written: its id and its agenda items' ids in order. */
	record SessionRow(long id, List<Long> itemIds) {

	}

	/** A session with its agenda, people and customers. */
	SessionRow session(long workspaceId, Long seriesId, Plan plan, long facilitatorId, Instant scheduledStart,
			List<ItemRow> agenda, List<WorkspaceMember> participants, Collection<Long> customerIds, Instant createdAt) {
		boolean held = agenda.get(0).startedAt() != null;
		Instant endedAt = held ? agenda.get(agenda.size() - 1).endedAt() : null;
		long sessionId = this.jdbc.sql("""
				insert into practice_session (workspace_id, series_id, focus, objective, learning_goal, template,
				    facilitator_id, status, scheduled_start, duration_minutes, join_code, current_item, started_at,
				    ended_at, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(workspaceId, seriesId, plan.focus(), plan.objective(), plan.goal().name(), plan.template().name(),
					facilitatorId, (held ? SessionStatus.ENDED : SessionStatus.PLANNED).name(),
					Timestamp.from(scheduledStart), plan.template().defaultDuration(), joinCode(),
					held ? agenda.size() - 1 : null, held ? Timestamp.from(agenda.get(0).startedAt()) : null,
					held ? Timestamp.from(endedAt) : null, facilitatorId, Timestamp.from(createdAt))
			.query(Long.class)
			.single();
		List<Long> itemIds = new ArrayList<>();
		for (int position = 0; position < agenda.size(); position++) {
			ItemRow item = agenda.get(position);
			itemIds.add(this.jdbc.sql("""
					insert into agenda_item (session_id, position, title, planned_minutes, extra_minutes,
					    actual_started_at, actual_ended_at, elapsed_seconds)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(sessionId, position, item.title(), item.plannedMinutes(), item.extraMinutes(),
						timestamp(item.startedAt()), timestamp(item.endedAt()), item.elapsedSeconds())
				.query(Long.class)
				.single());
		}
		for (WorkspaceMember participant : participants) {
			this.jdbc.sql("insert into session_participant (session_id, user_id, department) values (?, ?, ?)")
				.params(sessionId, participant.userId(), participant.department().name())
				.update();
		}
		for (long customerId : customerIds) {
			this.jdbc.sql("insert into session_customer (session_id, customer_id) values (?, ?)")
				.params(sessionId, customerId)
				.update();
		}
		return new SessionRow(sessionId, itemIds);
	}

	long interpretation(long workspaceId, long sessionId, ReadingRow row) {
		Scorecard card = row.scorecard();
		return this.jdbc.sql("""
				insert into interpretation (workspace_id, session_id, agenda_item_id, author_id, department,
				    customer_id, timeline_event_id, detected_signal_id, text, category, confidence, frequency,
				    intensity, urgency, sentiment, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(workspaceId, sessionId, row.agendaItemId(), row.authorId(), row.department().name(),
					row.customerId(), row.timelineEventId(), row.detectedSignalId(), row.text(), row.category().name(),
					row.confidence(), (card != null) ? card.frequency() : null,
					(card != null) ? card.intensity() : null, (card != null) ? card.urgency() : null,
					(card != null) ? card.sentiment().name() : null, Timestamp.from(row.createdAt()))
			.query(Long.class)
			.single();
	}

	void vote(long workspaceId, long sessionId, long interpretationId, long voterId, Instant at) {
		this.jdbc.sql("""
				insert into interpretation_vote (workspace_id, session_id, interpretation_id, voter_id, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(workspaceId, sessionId, interpretationId, voterId, Timestamp.from(at))
			.update();
	}

	void cluster(long workspaceId, long sessionId, String name, List<Long> interpretationIds, long createdBy,
			Instant at) {
		long clusterId = this.jdbc.sql("""
				insert into interpretation_cluster (workspace_id, session_id, name, created_by, created_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(workspaceId, sessionId, name, createdBy, Timestamp.from(at))
			.query(Long.class)
			.single();
		for (long interpretationId : interpretationIds) {
			this.jdbc.sql("insert into cluster_entry (cluster_id, interpretation_id) values (?, ?)")
				.params(clusterId, interpretationId)
				.update();
		}
	}

	/** A join code no session has yet, in the letters the join page accepts. */
	private String joinCode() {
		while (true) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < JoinCodes.LENGTH; i++) {
				code.append(CODE_LETTERS.charAt(this.random.nextInt(CODE_LETTERS.length())));
			}
			boolean taken = this.jdbc.sql("select exists (select 1 from practice_session where join_code = ?)")
				.param(code.toString())
				.query(Boolean.class)
				.single();
			if (!taken) {
				return code.toString();
			}
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
