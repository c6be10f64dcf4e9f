package io.signalroom.insight.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerCatalog.TextAbout;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.customer.TimelineEventSummary;
import io.signalroom.insight.ActionStatus;
import io.signalroom.session.SessionEvidence;
import io.signalroom.session.SessionEvidence.CitedInterpretation;
import io.signalroom.session.SessionEvidence.SessionHeading;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.MemberDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an insight for its page, for anyone in the workspace: the evidence trail (the
 * interpretations, timeline events and customers it points at) comes from the session and
 * customer modules' facades by workspace and id, so a member who did not take part in the
 * session can follow it too ({@link SessionEvidence} does not ask whether the reader
 * attended). Customers are pseudonymized when the workspace or the session asks for it.
 */
@Component
class InsightTrail {

	private final InsightRecording recording;

	private final StatusChanges history;

	private final SignalTypeChoices signalTypes;

	private final CustomerCatalog customers;

	private final SessionEvidence sessions;

	private final SignalTaxonomy signals;

	private final MemberDirectory members;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	InsightTrail(InsightRecording recording, StatusChanges history, SignalTypeChoices signalTypes,
			CustomerCatalog customers, SessionEvidence sessions, SignalTaxonomy signals, MemberDirectory members,
			JdbcClient jdbc, MessageSource messages) {
		this.recording = recording;
		this.history = history;
		this.signalTypes = signalTypes;
		this.customers = customers;
		this.sessions = sessions;
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
		SessionHeading session = session(me.workspaceId(), insight.getSessionId());
		CustomerLens lens = CustomerLens.session(session != null && session.anonymizeCustomers());
		List<InsightPage.HistoryLine> lines = this.history.findByInsightIdOrderByChangedAtAscIdAsc(insightId)
			.stream()
			.map((c) -> new InsightPage.HistoryLine(names.getOrDefault(c.getChangedBy(), formerMember),
					c.getChangedAt(), c.getFromStatus(), c.getToStatus(), c.getReason()))
			.toList();
		return new InsightPage(insight,
				(session != null) ? new InsightPage.SessionRef(session.id(), session.focus()) : null,
				this.signalTypes.named(me.workspaceId(), insight.getSignalTypeIds()),
				evidence(me.workspaceId(), insightId, lens, names, formerMember), lines,
				actions(me.workspaceId(), insightId, names, formerMember));
	}

	private List<InsightPage.EvidenceLine> evidence(long workspaceId, long insightId, CustomerLens lens,
			Map<Long, String> names, String formerMember) {
		List<Row> cited = this.jdbc.sql("""
				select customer_id, interpretation_id, timeline_event_id, detected_signal_id
				from insight_evidence where insight_id = ? order by id""")
			.param(insightId)
			.query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
					(Long) rs.getObject(4)))
			.list();
		Map<Long, CustomerSummary> customers = this.customers
			.summaries(workspaceId, cited.stream().map(Row::customerId).distinct().toList(), lens)
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
		// evidence about a customer of another workspace is never shown
		List<Row> rows = cited.stream().filter((r) -> customers.containsKey(r.customerId())).toList();
		Map<Long, CitedInterpretation> interpretations = this.sessions.interpretations(workspaceId,
				ids(rows, Row::interpretationId));
		Map<Long, TimelineEventSummary> events = this.customers.events(workspaceId, ids(rows, Row::eventId), lens);
		List<String> texts = this.customers.scrubbed(workspaceId, rows.stream().map((r) -> {
			CitedInterpretation i = (r.interpretationId() != null) ? interpretations.get(r.interpretationId()) : null;
			return new TextAbout(r.customerId(), (i != null) ? i.text() : null);
		}).toList(), lens);
		Map<Long, DetectedSignalView> detected = new HashMap<>();
		Set<Long> withSignals = rows.stream()
			.filter((r) -> r.signalId() != null)
			.map(Row::customerId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		withSignals.forEach((customerId) -> this.signals.detectedSignalsFor(workspaceId, customerId, lens)
			.forEach((d) -> detected.put(d.id(), d)));
		List<InsightPage.EvidenceLine> lines = new ArrayList<>();
		for (int n = 0; n < rows.size(); n++) {
			Row r = rows.get(n);
			CitedInterpretation i = (r.interpretationId() != null) ? interpretations.get(r.interpretationId()) : null;
			TimelineEventSummary e = (r.eventId() != null) ? events.get(r.eventId()) : null;
			DetectedSignalView signal = (r.signalId() != null) ? detected.get(r.signalId()) : null;
			CustomerSummary customer = customers.get(r.customerId());
			lines.add(new InsightPage.EvidenceLine(r.customerId(), customer.name(), customer.path(), texts.get(n),
					(i != null) ? i.department() : null,
					(i != null) ? names.getOrDefault(i.authorUserId(), formerMember) : null,
					(e != null) ? e.id() : null, (e != null) ? e.occurredAt() : null, (e != null) ? e.type() : null,
					(e != null) ? e.summary() : null, (signal != null) ? signal.id() : null,
					(signal != null) ? signal.signalTypeName() : null, (signal != null) ? signal.category() : null,
					(signal != null) ? signal.firedAt() : null));
		}
		return lines;
	}

	private static List<Long> ids(List<Row> rows, Function<Row, Long> id) {
		return rows.stream().map(id).filter(Objects::nonNull).distinct().toList();
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

	private SessionHeading session(long workspaceId, Long sessionId) {
		if (sessionId == null) {
			return null;
		}
		SessionHeading session = this.sessions.headings(workspaceId, List.of(sessionId)).get(sessionId);
		if (session == null) {
			throw new NotFoundException("Session");
		}
		return session;
	}

	private record Row(long customerId, Long interpretationId, Long eventId, Long signalId) {

	}

}
