package io.signalroom.signal.alert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.Pseudonyms;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.web.RuleViolation;
import io.signalroom.signal.AlertStatus;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts inbox: detected signals, most urgent first, then by category, newest first;
 * filterable by a department the signal type notifies. Any member may acknowledge, assign
 * or dismiss an alert.
 */
@Service
public class AlertInbox {

	private static final String SELECT = """
			select d.id, d.signal_type_id, t.name as type_name, t.category, t.urgency, d.customer_id,
			       c.name as customer_name, d.fired_at, d.status, d.evidence_event_ids, u.display_name as assignee,
			       d.dismiss_reason, d.resolved_at
			from detected_signal d
			join signal_type t on t.id = d.signal_type_id
			join customer c on c.id = d.customer_id
			left join app_user u on u.id = d.assignee_id
			""";

	private static final String ORDER = """
			order by t.urgency desc,
			  array_position(array['CHURN_RISK','FRICTION','DISENGAGEMENT','BUYING_INTENT','UPSELL_READINESS','ADVOCACY'],
			                 t.category::text),
			  d.fired_at desc, d.id desc""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CustomerCatalog customers;

	private final MemberDirectory members;

	AlertInbox(JdbcClient jdbc, Clock clock, CustomerCatalog customers, MemberDirectory members) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.customers = customers;
		this.members = members;
	}

	/**
	 * Open and acknowledged alerts (or resolved or dismissed ones), optionally for one
	 * department.
	 */
	@Transactional(readOnly = true)
	public List<DetectedSignalView> inbox(CurrentMember me, Department department, InboxView view, int limit) {
		return named(this.jdbc.sql(SELECT + """
				where d.workspace_id = :ws and d.status in (:statuses)
				  and (cast(:dept as text) is null or t.notify_departments like '%,' || cast(:dept as text) || ',%')
				""" + ORDER + " limit :limit")
			.param("ws", me.workspaceId())
			.param("statuses", view.statusNames())
			.param("dept", (department != null) ? department.name() : null)
			.param("limit", limit)
			.query(AlertInbox::view)
			.list(), me.workspaceId());
	}

	/** The workspace's open and acknowledged alerts, most urgent first. */
	@Transactional(readOnly = true)
	public List<DetectedSignalView> unhandled(long workspaceId, int limit) {
		return named(this.jdbc
			.sql(SELECT + "where d.workspace_id = ? and d.status in ('OPEN', 'ACKNOWLEDGED') " + ORDER + " limit ?")
			.params(workspaceId, limit)
			.query(AlertInbox::view)
			.list(), workspaceId);
	}

	@Transactional(readOnly = true)
	public DetectedSignalView get(CurrentMember me, long id) {
		return named(List.of(find(me.workspaceId(), id)), me.workspaceId()).get(0);
	}

	/** The detected signals of one customer, in the order they fired. */
	@Transactional(readOnly = true)
	public List<DetectedSignalView> forCustomer(long workspaceId, long customerId) {
		return named(this.jdbc.sql(SELECT + "where d.workspace_id = ? and d.customer_id = ? order by d.fired_at, d.id")
			.params(workspaceId, customerId)
			.query(AlertInbox::view)
			.list(), workspaceId);
	}

	@Transactional(readOnly = true)
	public List<EvidenceEvent> evidence(CurrentMember me, long id) {
		DetectedSignalView alert = find(me.workspaceId(), id);
		boolean anonymize = this.customers.anonymizes(me.workspaceId(), false);
		return this.jdbc.sql("""
				select e.id, e.occurred_at, e.type, e.department, e.summary, c.name, c.email
				from timeline_event e join customer c on c.id = e.customer_id
				where e.workspace_id = ? and e.customer_id = ? and e.id = any (?) order by e.occurred_at""")
			.params(me.workspaceId(), alert.customerId(), alert.evidenceEventIds().toArray(Long[]::new))
			.query((rs, n) -> new EvidenceEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4),
					anonymize ? Pseudonyms.scrub(rs.getString(5), alert.customerId(), rs.getString(6), rs.getString(7))
							: rs.getString(5)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<MemberRef> assignableMembers(CurrentMember me) {
		return this.members.activeMembers(me.workspaceId())
			.stream()
			.map((m) -> new MemberRef(m.userId(), m.displayName()))
			.toList();
	}

	@Transactional
	public void acknowledge(CurrentMember me, long id) {
		handle(me, id, "status = 'ACKNOWLEDGED'", null);
	}

	@Transactional
	public void assign(CurrentMember me, long id, long assigneeId) {
		if (this.members.activeMember(me.workspaceId(), assigneeId).isEmpty()) {
			throw new RuleViolation("assignee", "alert.assigneeNotMember");
		}
		handle(me, id, "assignee_id = " + assigneeId + ", status = case when status = 'OPEN' then 'ACKNOWLEDGED' "
				+ "else status end", null);
	}

	@Transactional
	public void dismiss(CurrentMember me, long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "alert.reasonRequired");
		}
		handle(me, id, "status = 'DISMISSED', dismiss_reason = :reason", reason.strip());
	}

	/**
	 * Changes an alert that still waits for someone; a resolved or dismissed one is
	 * closed, so acknowledging or assigning it must not reopen it.
	 */
	private void handle(CurrentMember me, long id, String change, String reason) {
		find(me.workspaceId(), id);
		var spec = this.jdbc
			.sql("update detected_signal set " + change
					+ ", handled_by = :me, handled_at = :now, version = version + 1 "
					+ "where workspace_id = :ws and id = :id and status in ('OPEN', 'ACKNOWLEDGED')")
			.param("me", me.userId())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("ws", me.workspaceId())
			.param("id", id);
		if (reason != null) {
			spec = spec.param("reason", reason);
		}
		if (spec.update() == 0) {
			throw new RuleViolation("status", "alert.closed");
		}
	}

	private DetectedSignalView find(long workspaceId, long id) {
		return this.jdbc.sql(SELECT + "where d.workspace_id = ? and d.id = ?")
			.params(workspaceId, id)
			.query(AlertInbox::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("Alert"));
	}

	/**
	 * Customer names as the workspace shows them: pseudonyms when it anonymizes
	 * customers.
	 */
	private List<DetectedSignalView> named(List<DetectedSignalView> views, long workspaceId) {
		if (views.isEmpty() || !this.customers.anonymizes(workspaceId, false)) {
			return views;
		}
		return views.stream().map((v) -> v.withCustomerName(Pseudonyms.of(v.customerId()))).toList();
	}

	private static DetectedSignalView view(ResultSet rs, int row) throws SQLException {
		Array ids = rs.getArray("evidence_event_ids");
		List<Long> evidence = Arrays.asList((Long[]) ids.getArray());
		return new DetectedSignalView(rs.getLong("id"), rs.getLong("signal_type_id"), rs.getString("type_name"),
				SignalCategory.valueOf(rs.getString("category")), rs.getInt("urgency"), rs.getLong("customer_id"),
				rs.getString("customer_name"), rs.getTimestamp("fired_at").toInstant(),
				AlertStatus.valueOf(rs.getString("status")), evidence, rs.getString("assignee"),
				rs.getString("dismiss_reason"), instant(rs.getTimestamp("resolved_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
