package io.signalroom.session.running;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.signalroom.customer.CustomerLens;
import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionStatus;
import io.signalroom.session.SessionView;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.SignalTaxonomy;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interpretations logged during a live session, and the silent rounds that keep them to
 * their authors until revealed. Every change tells the session's pages that the board
 * changed; each page then fetches the board as its own viewer may see it, so an entry of
 * a silent round never travels to anyone else.
 */
@Service
public class InterpretationLog {

	private final PracticeSessions sessions;

	private final Interpretations interpretations;

	private final SilentRounds rounds;

	private final SignalTaxonomy signals;

	private final LinkableEvents events;

	private final LiveEvents live;

	private final Clock clock;

	InterpretationLog(PracticeSessions sessions, Interpretations interpretations, SilentRounds rounds,
			SignalTaxonomy signals, LinkableEvents events, LiveEvents live, Clock clock) {
		this.sessions = sessions;
		this.interpretations = interpretations;
		this.rounds = rounds;
		this.signals = signals;
		this.events = events;
		this.live = live;
		this.clock = clock;
	}

	/**
	 * Logs an interpretation by a participant (or the facilitator) of a live session.
	 * @throws RuleViolation when the session is not live, or for bad input
	 * @throws AccessDeniedException for a member who is not in the session
	 */
	@Transactional
	public Interpretation record(CurrentMember me, long sessionId, InterpretationDraft draft) {
		SessionView session = inSession(me, sessionId);
		if (session.status() != SessionStatus.LIVE) {
			throw new RuleViolation(null, "session.interpretation.notLive");
		}
		draft.check();
		if (!session.customerIds().contains(draft.customerId())) {
			throw new RuleViolation("customerId", "session.interpretation.customerNotUnderReview");
		}
		checkEvidence(me.workspaceId(), draft);
		Long roundId = this.rounds.open(me.workspaceId(), sessionId).map(SilentRound::getId).orElse(null);
		Long itemId = session.agenda().get(session.currentItem()).id();
		Interpretation saved = this.interpretations.save(new Interpretation(me.workspaceId(), sessionId, itemId,
				me.userId(), departmentOf(session, me), draft, roundId, this.clock.instant()));
		// the id only, never the text: a silent entry must not travel to other pages
		publish(session, "interpretation-" + saved.getId());
		return saved;
	}

	/** What this viewer may see of the session's interpretations, oldest first. */
	@Transactional(readOnly = true)
	public List<Interpretation> visibleTo(CurrentMember me, long sessionId) {
		this.sessions.view(me, sessionId);
		return this.interpretations.visibleTo(me.workspaceId(), sessionId, me.userId());
	}

	/** The open silent round of the session, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<SilentRound> openRound(CurrentMember me, long sessionId) {
		this.sessions.view(me, sessionId);
		return this.rounds.open(me.workspaceId(), sessionId);
	}

	/** The facilitator switches the current item to silent mode; repeats are harmless. */
	@Transactional
	public void silence(CurrentMember me, long sessionId) {
		SessionView session = facilitated(me, sessionId);
		if (session.status() != SessionStatus.LIVE) {
			throw new RuleViolation(null, "session.notLive");
		}
		if (this.rounds.open(me.workspaceId(), sessionId).isEmpty()) {
			long itemId = session.agenda().get(session.currentItem()).id();
			this.rounds.save(new SilentRound(me.workspaceId(), sessionId, itemId, this.clock.instant()));
		}
		boardChanged(session);
	}

	/** Reveals every entry of the open silent round to everyone at once. */
	@Transactional
	public void reveal(CurrentMember me, long sessionId) {
		SessionView session = facilitated(me, sessionId);
		this.rounds.open(me.workspaceId(), sessionId).ifPresent((r) -> r.reveal(this.clock.instant()));
		boardChanged(session);
	}

	private void boardChanged(SessionView session) {
		publish(session, "changed");
	}

	private void publish(SessionView session, String what) {
		this.live.publish(SessionTopics.of(session.workspaceId(), session.id()), SessionTopics.BOARD_CHANGED, what);
	}

	private SessionView inSession(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!session.isParticipant(me.userId())) {
			throw new AccessDeniedException("Only the session's participants log interpretations");
		}
		return session;
	}

	private SessionView facilitated(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators run silent rounds");
		}
		return session;
	}

	/**
	 * A detected signal or a timeline event named must be the chosen customer's, in this
	 * workspace.
	 */
	private void checkEvidence(long workspaceId, InterpretationDraft draft) {
		if (draft.detectedSignalId() != null
				&& this.signals.detectedSignalsFor(workspaceId, draft.customerId(), CustomerLens.workspace())
					.stream()
					.noneMatch((d) -> d.id() == draft.detectedSignalId())) {
			throw new RuleViolation("detectedSignalId", "session.interpretation.signalNotOfCustomer");
		}
		if (draft.timelineEventId() != null
				&& this.events.ofCustomer(workspaceId, draft.customerId(), draft.timelineEventId()).isEmpty()) {
			throw new RuleViolation("timelineEventId", "session.interpretation.eventNotOfCustomer");
		}
	}

	private static Department departmentOf(SessionView session, CurrentMember me) {
		return session.participants()
			.stream()
			.filter((p) -> p.userId() == me.userId())
			.map(SessionView.Participant::department)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(me.department());
	}

}
