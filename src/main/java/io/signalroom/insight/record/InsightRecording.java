package io.signalroom.insight.record;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.InsightStatusChanged;
import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoards;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records insights from a session's board (facilitators and admins, while the session
 * plans its actions or after it ended) and changes their status (managers and admins,
 * with a reason). Every change is published as {@link InsightStatusChanged}, and the
 * session's open pages hear {@value #INSIGHTS_CHANGED}.
 */
@Service
class InsightRecording {

	static final String INSIGHTS_CHANGED = "insights-changed";

	private final Insights insights;

	private final StatusChanges history;

	private final SessionBoards boards;

	private final PracticeSessions sessions;

	private final InsightDrafting drafting;

	private final SignalTypeChoices signalTypes;

	private final ApplicationEventPublisher events;

	private final LiveEvents live;

	private final Clock clock;

	InsightRecording(Insights insights, StatusChanges history, SessionBoards boards, PracticeSessions sessions,
			InsightDrafting drafting, SignalTypeChoices signalTypes, ApplicationEventPublisher events, LiveEvents live,
			Clock clock) {
		this.insights = insights;
		this.history = history;
		this.boards = boards;
		this.sessions = sessions;
		this.drafting = drafting;
		this.signalTypes = signalTypes;
		this.events = events;
		this.live = live;
		this.clock = clock;
	}

	/**
	 * Saves the insight with the evidence the form names; nothing is saved when any part
	 * of it breaks a rule.
	 */
	@Transactional
	public Insight record(CurrentMember me, long sessionId, InsightForm form) {
		SessionBoard board = this.boards.read(me, sessionId);
		requireFacilitator(me);
		if (!InsightMoment.isOpen(board.session())) {
			throw new RuleViolation(null, "insight.notNow");
		}
		InsightContent content = form.content();
		InsightDraft evidence = this.drafting.forEvidence(board, form.evidenceIds());
		Set<Long> known = this.signalTypes.named(me.workspaceId(), content.signalTypeIds())
			.stream()
			.map(SignalTypeChoices.SignalTypeRef::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(content.signalTypeIds())) {
			throw new RuleViolation("signalTypeIds", "insight.unknownSignalType");
		}
		Instant now = now();
		Insight insight = this.insights.saveAndFlush(new Insight(me.workspaceId(), sessionId, content,
				evidence.evidence().stream().map(InsightDraft.EvidenceItem::toEvidence).toList(),
				evidence.departments(), evidence.segments(), me.userId(), now));
		this.history.save(insight.recorded());
		this.events.publishEvent(new InsightStatusChanged(me.workspaceId(), insight.getId(), sessionId, null,
				insight.getStatus(), me.userId(), now));
		this.live.publish(board.session().liveTopic(), INSIGHTS_CHANGED, "insight");
		return insight;
	}

	/**
	 * Validates, refutes or reopens an insight as seen at {@code seenVersion}; when
	 * someone changed it since, nothing is written and a {@link StatusConflict} says what
	 * they did.
	 */
	@Transactional
	public Insight changeStatus(CurrentMember me, long insightId, long seenVersion, InsightStatus to, String reason) {
		Insight insight = get(me, insightId);
		requireManager(me);
		if (insight.getVersion() != seenVersion) {
			throw conflict(me, insightId);
		}
		Instant now = now();
		StatusChange change = insight.changeStatus(to, reason, me.userId(), now);
		this.insights.saveAndFlush(insight);
		this.history.save(change);
		this.events.publishEvent(new InsightStatusChanged(me.workspaceId(), insightId, insight.getSessionId(),
				change.getFromStatus(), change.getToStatus(), me.userId(), now));
		if (insight.getSessionId() != null) {
			this.live.publish(this.sessions.view(me, insight.getSessionId()).liveTopic(), INSIGHTS_CHANGED, "status");
		}
		return insight;
	}

	/** Where the insight stands now, as a conflict for a change that lost the race. */
	@Transactional(readOnly = true)
	StatusConflict conflict(CurrentMember me, long insightId) {
		Insight insight = get(me, insightId);
		List<StatusChange> changes = this.history.findByInsightIdOrderByChangedAtAscIdAsc(insightId);
		return new StatusConflict(insight.getStatus(), insight.getVersion(), changes.get(changes.size() - 1));
	}

	@Transactional(readOnly = true)
	public Insight get(CurrentMember me, long insightId) {
		return this.insights.findByWorkspaceIdAndId(me.workspaceId(), insightId)
			.orElseThrow(() -> new NotFoundException("Insight"));
	}

	/** Stored times have microseconds; events carry the time as stored. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static void requireManager(CurrentMember me) {
		if (!me.canManage()) {
			throw new AccessDeniedException("Only managers and admins validate or refute insights");
		}
	}

	static void requireFacilitator(CurrentMember me) {
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators and admins record insights");
		}
	}

}
