package io.signalroom.signal.alert;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.customer.TimelineEventSummary;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
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
			       d.fired_at, d.status, d.evidence_event_ids, u.display_name as assignee,
			       d.dismiss_reason, d.resolved_at
			from detected_signal d
			join signal_type t on t.id = d.signal_type_id
			left join member_fact u on u.workspace_id = d.workspace_id and u.user_id = d.assignee_id
			""";

	/** The department, category and type filters on {@code d} and {@code t}. */
	private static final String NARROWING = """

			  and (cast(:dept as text) is null or t.notify_departments like '%,' || cast(:dept as text) || ',%')
			  and (cast(:category as text) is null or t.category = cast(:category as text))
			  and (cast(:type as bigint) is null or d.signal_type_id = cast(:type as bigint))
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
		return shown(this.jdbc.sql(SELECT + """
				where d.workspace_id = :ws and d.status in (:statuses)
				  and (cast(:dept as text) is null or t.notify_departments like '%,' || cast(:dept as text) || ',%')
				""" + ORDER + " limit :limit")
			.param("ws", me.workspaceId())
			.param("statuses", view.statusNames())
			.param("dept", (department != null) ? department.name() : null)
			.param("limit", limit)
			.query(AlertInbox::view)
			.list(), me.workspaceId(), CustomerLens.workspace());
	}

	/**
	 * One page of alerts under a filter, with the total, the count of every tab and the
	 * signal types to narrow to. A signal type that is not the workspace's is left out of
	 * the filter (and the filter says a value was left out); a page past the end shows
	 * the last page.
	 */
	@Transactional(readOnly = true)
	public InboxPage page(CurrentMember me, InboxFilter asked) {
		InboxFilter filter = asked;
		if (filter.typeId() != null && !typeExists(me.workspaceId(), filter.typeId())) {
			filter = filter.withoutType();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ws", me.workspaceId());
		params.put("dept", (filter.department() != null) ? filter.department().name() : null);
		params.put("category", (filter.category() != null) ? filter.category().name() : null);
		params.put("type", filter.typeId());
		params.put("statuses", filter.view().statusNames());
		Map<InboxView, Long> perView = new EnumMap<>(InboxView.class);
		this.jdbc.sql("""
				select d.status, count(*) from detected_signal d join signal_type t on t.id = d.signal_type_id
				where d.workspace_id = :ws""" + NARROWING + " group by d.status")
			.params(params)
			.query((ResultSet rs) -> {
				InboxView view = InboxView.of(AlertStatus.valueOf(rs.getString(1)));
				perView.merge(view, rs.getLong(2), Long::sum);
			});
		for (InboxView view : InboxView.values()) {
			perView.putIfAbsent(view, 0L);
		}
		long total = perView.get(filter.view());
		int pages = (int) Math.max(1, (total + InboxPage.SIZE - 1) / InboxPage.SIZE);
		if (filter.page() > pages) {
			filter = filter.onPage(pages);
		}
		params.put("limit", InboxPage.SIZE);
		params.put("offset", (filter.page() - 1) * InboxPage.SIZE);
		List<DetectedSignalView> alerts = shown(this.jdbc
			.sql(SELECT + "where d.workspace_id = :ws and d.status in (:statuses)" + NARROWING + ORDER
					+ " limit :limit offset :offset")
			.params(params)
			.query(AlertInbox::view)
			.list(), me.workspaceId(), CustomerLens.workspace());
		List<InboxPage.TypeChoice> types = this.jdbc
			.sql("""
					select t.id, t.name, count(d.id) from signal_type t
					left join detected_signal d on d.signal_type_id = t.id and d.workspace_id = :ws and d.status in (:statuses)
					where t.workspace_id = :ws and t.detection_rule is not null
					  and (cast(:category as text) is null or t.category = cast(:category as text))
					  and (cast(:dept as text) is null or t.notify_departments like '%,' || cast(:dept as text) || ',%')
					group by t.id, t.name order by lower(t.name)""")
			.params(params)
			.query((rs, n) -> new InboxPage.TypeChoice(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
		return new InboxPage(filter, alerts, total, pages, perView, types);
	}

	private boolean typeExists(long workspaceId, long typeId) {
		return this.jdbc.sql("select count(*) from signal_type where workspace_id = ? and id = ?")
			.params(workspaceId, typeId)
			.query(Long.class)
			.single() > 0;
	}

	/** The workspace's open and acknowledged alerts, most urgent first. */
	@Transactional(readOnly = true)
	public List<DetectedSignalView> unhandled(long workspaceId, int limit, CustomerLens lens) {
		return shown(this.jdbc
			.sql(SELECT + "where d.workspace_id = ? and d.status in ('OPEN', 'ACKNOWLEDGED') " + ORDER + " limit ?")
			.params(workspaceId, limit)
			.query(AlertInbox::view)
			.list(), workspaceId, lens);
	}

	@Transactional(readOnly = true)
	public DetectedSignalView get(CurrentMember me, long id) {
		return shown(List.of(find(me.workspaceId(), id)), me.workspaceId(), CustomerLens.workspace()).get(0);
	}

	/** The detected signals of one customer, in the order they fired. */
	@Transactional(readOnly = true)
	public List<DetectedSignalView> forCustomer(long workspaceId, long customerId, CustomerLens lens) {
		return shown(this.jdbc.sql(SELECT + "where d.workspace_id = ? and d.customer_id = ? order by d.fired_at, d.id")
			.params(workspaceId, customerId)
			.query(AlertInbox::view)
			.list(), workspaceId, lens);
	}

	/** The events that prove an alert, oldest first, as the workspace shows them. */
	@Transactional(readOnly = true)
	public List<EvidenceEvent> evidence(CurrentMember me, long id) {
		DetectedSignalView alert = find(me.workspaceId(), id);
		return this.customers.events(me.workspaceId(), alert.evidenceEventIds(), CustomerLens.workspace())
			.values()
			.stream()
			.filter((e) -> e.customerId() == alert.customerId())
			.sorted(Comparator.comparing(TimelineEventSummary::occurredAt))
			.map((e) -> new EvidenceEvent(e.id(), e.occurredAt(), e.type().name(),
					(e.department() != null) ? e.department().name() : null, e.summary()))
			.toList();
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

	/** Customers named as the customer module shows them through the lens. */
	private List<DetectedSignalView> shown(List<DetectedSignalView> views, long workspaceId, CustomerLens lens) {
		if (views.isEmpty()) {
			return views;
		}
		Map<Long, CustomerSummary> customers = this.customers
			.summaries(workspaceId, views.stream().map(DetectedSignalView::customerId).distinct().toList(), lens)
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, (c) -> c));
		return views.stream().map((v) -> {
			CustomerSummary c = customers.get(v.customerId());
			return v.withCustomer(c.name(), c.path());
		}).toList();
	}

	private static DetectedSignalView view(ResultSet rs, int row) throws SQLException {
		Array ids = rs.getArray("evidence_event_ids");
		List<Long> evidence = Arrays.asList((Long[]) ids.getArray());
		return new DetectedSignalView(rs.getLong("id"), rs.getLong("signal_type_id"), rs.getString("type_name"),
				SignalCategory.valueOf(rs.getString("category")), rs.getInt("urgency"), rs.getLong("customer_id"), null,
				null, rs.getTimestamp("fired_at").toInstant(), AlertStatus.valueOf(rs.getString("status")), evidence,
				rs.getString("assignee"), rs.getString("dismiss_reason"), instant(rs.getTimestamp("resolved_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
