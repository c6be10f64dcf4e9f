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

	/** Binds {@code :scope} (of the pseudonyms) and {@code :cut} (null: no cut). */
	private static final String SELECT = """
			select e.id, e.customer_id, e.occurred_at, e.type, e.department, e.summary, c.name, c.email,
			       c.external_id, p.code
			from timeline_event e join customer c on c.id = e.customer_id and c.workspace_id = e.workspace_id
			left join customer_pseudonym p on p.workspace_id = c.workspace_id and p.customer_id = c.id
			 and p.scope = :scope
			""";

	private static final String UP_TO_CUT = " and (cast(:cut as timestamptz) is null or e.occurred_at <= cast(:cut as timestamptz))";

	private final JdbcClient jdbc;

	TimelineEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The customer's latest events that happened at or before {@code cut} (all when it is
	 * null), newest first; under pseudonyms ({@code scope} not null) scrubbed with the
	 * scope's pseudonym.
	 */
	public List<TimelineEventSummary> recent(long workspaceId, long customerId, int limit, String scope, Instant cut) {
		return this.jdbc
			.sql(SELECT + "where e.workspace_id = :ws and e.customer_id = :customer" + UP_TO_CUT
					+ " order by e.occurred_at desc, e.id desc limit :limit")
			.param("scope", (scope != null) ? scope : Pseudonyms.WORKSPACE)
			.param("ws", workspaceId)
			.param("customer", customerId)
			.param("cut", at(cut))
			.param("limit", limit)
			.query((rs, n) -> event(rs, scope != null))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * Those of the events with these ids that belong to the workspace and happened at or
	 * before {@code cut} (any time when null), in no order.
	 */
	public List<TimelineEventSummary> withIds(long workspaceId, Collection<Long> ids, String scope, Instant cut) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + "where e.workspace_id = :ws and e.id = any (:ids)" + UP_TO_CUT)
			.param("scope", (scope != null) ? scope : Pseudonyms.WORKSPACE)
			.param("ws", workspaceId)
			.param("ids", ids.toArray(Long[]::new))
			.param("cut", at(cut))
			.query((rs, n) -> event(rs, scope != null))
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
