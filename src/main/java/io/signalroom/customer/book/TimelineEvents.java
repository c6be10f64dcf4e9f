package io.signalroom.customer.book;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import io.signalroom.customer.EventType;
import io.signalroom.customer.TimelineEventSummary;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single timeline events for other modules, always read by workspace: a customer's most
 * recent ones off the (customer_id, occurred_at desc) index, or some by id. Summaries are
 * scrubbed of the customer's name, e-mail and external id when asked to.
 */
@Component
public class TimelineEvents {

	private static final String SELECT = """
			select e.id, e.customer_id, e.occurred_at, e.type, e.department, e.summary, c.name, c.email,
			       c.external_id, p.code
			from timeline_event e join customer c on c.id = e.customer_id and c.workspace_id = e.workspace_id
			left join customer_pseudonym p on p.workspace_id = c.workspace_id and p.customer_id = c.id
			 and p.scope = '%s'
			""".formatted(Pseudonyms.WORKSPACE);

	private final JdbcClient jdbc;

	TimelineEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The customer's latest events, newest first. */
	public List<TimelineEventSummary> recent(long workspaceId, long customerId, int limit, boolean anonymize) {
		return upTo(workspaceId, customerId, null, limit, anonymize);
	}

	/**
	 * The customer's latest events that happened at or before {@code cut} (all when it is
	 * null), newest first.
	 */
	public List<TimelineEventSummary> upTo(long workspaceId, long customerId, Instant cut, int limit,
			boolean anonymize) {
		return this.jdbc.sql(SELECT + """
				where e.workspace_id = ? and e.customer_id = ?
				  and (cast(? as timestamptz) is null or e.occurred_at <= cast(? as timestamptz))
				order by e.occurred_at desc, e.id desc limit ?""")
			.params(workspaceId, customerId, at(cut), at(cut), limit)
			.query((rs, n) -> event(rs, anonymize))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** Those of the events with these ids that belong to the workspace, in no order. */
	public List<TimelineEventSummary> withIds(long workspaceId, Collection<Long> ids, boolean anonymize) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + "where e.workspace_id = ? and e.id = any (?)")
			.params(workspaceId, ids.toArray(Long[]::new))
			.query((rs, n) -> event(rs, anonymize))
			.list();
	}

	private static TimelineEventSummary event(ResultSet rs, boolean anonymize) throws SQLException {
		long customerId = rs.getLong("customer_id");
		String summary = rs.getString("summary");
		if (anonymize) {
			summary = Pseudonyms.scrub(summary, Pseudonyms.label(rs.getString("code")), rs.getString("name"),
					rs.getString("email"), rs.getString("external_id"));
		}
		String department = rs.getString("department");
		return new TimelineEventSummary(rs.getLong("id"), customerId, rs.getTimestamp("occurred_at").toInstant(),
				EventType.valueOf(rs.getString("type")), (department != null) ? Department.valueOf(department) : null,
				summary);
	}

}
