package io.signalroom.insight.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.EventType;
import io.signalroom.customer.Pseudonyms;
import io.signalroom.insight.ActionStatus;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.MemberDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an insight for its page, for anyone in the workspace: the evidence trail is read
 * with SQL beside the insight (the interpretation, timeline event and customer rows it
 * points at), so a member who did not take part in the session can follow it too.
 * Customers are pseudonymized when the workspace or the session asks for it.
 */
@Component
class InsightTrail {

	private static final String EVIDENCE = """
			select ev.customer_id, c.name, c.email, i.text, i.department, i.author_id,
			       e.id as event_id, e.occurred_at, e.type, e.summary, ev.detected_signal_id
			from insight_evidence ev
			join customer c on c.id = ev.customer_id and c.workspace_id = :ws
			left join interpretation i on i.id = ev.interpretation_id and i.workspace_id = :ws
			left join timeline_event e on e.id = ev.timeline_event_id and e.workspace_id = :ws
			where ev.insight_id = :insight
			order by ev.id""";

	private final InsightRecording recording;

	private final StatusChanges history;

	private final SignalTypeChoices signalTypes;

	private final CustomerCatalog customers;

	private final SignalTaxonomy signals;

	private final MemberDirectory members;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	InsightTrail(InsightRecording recording, StatusChanges history, SignalTypeChoices signalTypes,
			CustomerCatalog customers, SignalTaxonomy signals, MemberDirectory members, JdbcClient jdbc,
			MessageSource messages) {
		this.recording = recording;
		this.history = history;
		this.signalTypes = signalTypes;
		this.customers = customers;
		this.signals = signals;
		this.members = members;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	InsightPage read(CurrentMember me, long insightId) {
		Insight insight = this.recording.get(me, insightId);
		Map<Long, String> names = this.members.activeMembers(me.workspaceId())
			.stream()
			.collect(Collectors.toMap(MemberDirectory.WorkspaceMember::userId,
					MemberDirectory.WorkspaceMember::displayName));
		String formerMember = this.messages.getMessage("insight.formerMember", null, LocaleContextHolder.getLocale());
		SessionInfo session = session(me.workspaceId(), insight.getSessionId());
		boolean anonymize = this.customers.anonymizes(me.workspaceId(), session != null && session.anonymize());
		List<InsightPage.HistoryLine> lines = this.history.findByInsightIdOrderByChangedAtAscIdAsc(insightId)
			.stream()
			.map((c) -> new InsightPage.HistoryLine(names.getOrDefault(c.getChangedBy(), formerMember),
					c.getChangedAt(), c.getFromStatus(), c.getToStatus(), c.getReason()))
			.toList();
		return new InsightPage(insight, (session != null) ? session.ref() : null,
				this.signalTypes.named(me.workspaceId(), insight.getSignalTypeIds()),
				evidence(me.workspaceId(), insightId, anonymize, names, formerMember), lines,
				actions(me.workspaceId(), insightId, names, formerMember));
	}

	private List<InsightPage.EvidenceLine> evidence(long workspaceId, long insightId, boolean anonymize,
			Map<Long, String> names, String formerMember) {
		List<Row> rows = this.jdbc.sql(EVIDENCE)
			.param("ws", workspaceId)
			.param("insight", insightId)
			.query((rs, n) -> new Row(rs.getLong("customer_id"), rs.getString("name"), rs.getString("email"),
					rs.getString("text"), rs.getString("department"), (Long) rs.getObject("author_id"),
					(Long) rs.getObject("event_id"), instant(rs.getTimestamp("occurred_at")), rs.getString("type"),
					rs.getString("summary"), (Long) rs.getObject("detected_signal_id")))
			.list();
		Map<Long, DetectedSignalView> detected = new HashMap<>();
		Set<Long> withSignals = rows.stream()
			.filter((r) -> r.signalId() != null)
			.map(Row::customerId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		withSignals.forEach((customerId) -> this.signals.detectedSignalsFor(workspaceId, customerId)
			.forEach((d) -> detected.put(d.id(), d)));
		return rows.stream().map((r) -> {
			DetectedSignalView signal = (r.signalId() != null) ? detected.get(r.signalId()) : null;
			return new InsightPage.EvidenceLine(r.customerId(),
					anonymize ? Pseudonyms.of(r.customerId()) : r.customerName(), scrub(r.text(), r, anonymize),
					(r.department() != null) ? Department.valueOf(r.department()) : null,
					(r.authorId() != null) ? names.getOrDefault(r.authorId(), formerMember) : null, r.eventId(),
					r.eventAt(), (r.eventType() != null) ? EventType.valueOf(r.eventType()) : null,
					scrub(r.eventSummary(), r, anonymize), (signal != null) ? signal.id() : null,
					(signal != null) ? signal.signalTypeName() : null, (signal != null) ? signal.category() : null,
					(signal != null) ? signal.firedAt() : null);
		}).toList();
	}

	private List<InsightPage.ActionLine> actions(long workspaceId, long insightId, Map<Long, String> names,
			String formerMember) {
		return this.jdbc.sql("""
				select title, status, due_on, owner_id from action_item
				where workspace_id = ? and insight_id = ?
				order by case status when 'OPEN' then 0 else 1 end, due_on nulls last, id""")
			.params(workspaceId, insightId)
			.query((rs, n) -> new InsightPage.ActionLine(rs.getString(1), ActionStatus.valueOf(rs.getString(2)),
					(rs.getDate(3) != null) ? rs.getDate(3).toLocalDate() : null,
					names.getOrDefault(rs.getLong(4), formerMember)))
			.list();
	}

	private SessionInfo session(long workspaceId, Long sessionId) {
		if (sessionId == null) {
			return null;
		}
		return this.jdbc
			.sql("select id, focus, anonymize_customers from practice_session where workspace_id = ? and id = ?")
			.params(workspaceId, sessionId)
			.query((rs, n) -> new SessionInfo(new InsightPage.SessionRef(rs.getLong(1), rs.getString(2)),
					rs.getBoolean(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Session"));
	}

	private static String scrub(String text, Row row, boolean anonymize) {
		return anonymize ? Pseudonyms.scrub(text, row.customerId(), row.customerName(), row.email()) : text;
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record SessionInfo(InsightPage.SessionRef ref, boolean anonymize) {

	}

	private record Row(long customerId, String customerName, String email, String text, String department,
			Long authorId, Long eventId, Instant eventAt, String eventType, String eventSummary, Long signalId) {

	}

}
