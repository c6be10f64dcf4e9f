package io.signalroom.session.running;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.EventType;
import io.signalroom.customer.Pseudonyms;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline events an interpretation may be linked to: any event of the chosen
 * customer, offered as that customer's {@value #RECENT} most recent. Summaries are
 * scrubbed of the customer's name and e-mail where the session or workspace shows
 * pseudonyms.
 * <p>
 * The customer module has no reader for single timeline events, so this reads its table
 * as the signal module's alert inbox does: always by workspace and customer.
 */
@Service
public class LinkableEvents {

	public static final int RECENT = 50;

	private static final String SELECT = """
			select e.id, e.customer_id, e.occurred_at, e.type, e.department, e.summary, c.name, c.email
			from timeline_event e join customer c on c.id = e.customer_id and c.workspace_id = e.workspace_id
			""";

	private final PracticeSessions sessions;

	private final CustomerCatalog customers;

	private final JdbcClient jdbc;

	LinkableEvents(PracticeSessions sessions, CustomerCatalog customers, JdbcClient jdbc) {
		this.sessions = sessions;
		this.customers = customers;
		this.jdbc = jdbc;
	}

	/** One timeline event as the interpretation form and the board show it. */
	public record LinkedEvent(long id, long customerId, Instant occurredAt, EventType type, Department department,
			String summary) {

	}

	/**
	 * The most recent events of a customer under review in the session, newest first;
	 * empty for a customer the session does not review.
	 */
	@Transactional(readOnly = true)
	public List<LinkedEvent> recent(CurrentMember me, long sessionId, long customerId) {
		return recent(me, this.sessions.view(me, sessionId), customerId);
	}

	/**
	 * As {@link #recent(CurrentMember, long, long)} for a session the member has opened.
	 */
	@Transactional(readOnly = true)
	public List<LinkedEvent> recent(CurrentMember me, SessionView session, long customerId) {
		if (session.workspaceId() != me.workspaceId() || !session.customerIds().contains(customerId)) {
			return List.of();
		}
		boolean anonymize = this.customers.anonymizes(me.workspaceId(), session.anonymizeCustomers());
		return this.jdbc
			.sql(SELECT
					+ "where e.workspace_id = ? and e.customer_id = ? order by e.occurred_at desc, e.id desc limit ?")
			.params(me.workspaceId(), customerId, RECENT)
			.query((rs, n) -> event(rs, anonymize))
			.list();
	}

	/** The events with these ids that belong to the workspace, by id. */
	@Transactional(readOnly = true)
	public Map<Long, LinkedEvent> byIds(long workspaceId, Collection<Long> ids, boolean anonymizeAnyway) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		boolean anonymize = this.customers.anonymizes(workspaceId, anonymizeAnyway);
		Map<Long, LinkedEvent> found = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + "where e.workspace_id = ? and e.id = any (?)")
			.params(workspaceId, ids.toArray(Long[]::new))
			.query((rs, n) -> event(rs, anonymize))
			.list()
			.forEach((e) -> found.put(e.id(), e));
		return found;
	}

	/** The event, if it is one of this customer's in this workspace. */
	Optional<Long> ofCustomer(long workspaceId, long customerId, long eventId) {
		return this.jdbc.sql("select id from timeline_event where workspace_id = ? and customer_id = ? and id = ?")
			.params(workspaceId, customerId, eventId)
			.query(Long.class)
			.optional();
	}

	private static LinkedEvent event(ResultSet rs, boolean anonymize) throws SQLException {
		long customerId = rs.getLong("customer_id");
		String summary = rs.getString("summary");
		if (anonymize) {
			summary = Pseudonyms.scrub(summary, customerId, rs.getString("name"), rs.getString("email"));
		}
		String department = rs.getString("department");
		return new LinkedEvent(rs.getLong("id"), customerId, rs.getTimestamp("occurred_at").toInstant(),
				EventType.valueOf(rs.getString("type")), (department != null) ? Department.valueOf(department) : null,
				summary);
	}

}
