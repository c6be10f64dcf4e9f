package io.signalroom.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.signalroom.session.planning.AgendaItem;
import io.signalroom.session.planning.PracticeSession;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.session.planning.Sessions;
import io.signalroom.workspace.CurrentMember;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with practice sessions: read one (as a {@link SessionView}),
 * find the previous session of its series (for the opening recap), and run it through its
 * state machine. Only facilitators and admins run sessions; every method answers 404 for
 * a session the member may not see.
 */
@Service
public class PracticeSessions {

	private final SessionPlanning planning;

	private final Sessions sessions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PracticeSessions(SessionPlanning planning, Sessions sessions, Clock clock, ApplicationEventPublisher events) {
		this.planning = planning;
		this.sessions = sessions;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public SessionView view(CurrentMember me, long sessionId) {
		return toView(this.planning.get(me, sessionId), this.clock.instant());
	}

	/**
	 * The focus of those of the given sessions that the member may read, by id, in one
	 * lookup; a session they may not see is left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> focusOfReadable(CurrentMember me, Collection<Long> sessionIds) {
		return this.planning.focusOfReadable(me, sessionIds);
	}

	/**
	 * The session of the same series planned just before this one, whatever became of it;
	 * empty for a one-off session or the first of its series. The opening item shows its
	 * insights and open actions once the insight module keeps them.
	 */
	@Transactional(readOnly = true)
	public Optional<SessionView> previousInSeries(CurrentMember me, long sessionId) {
		PracticeSession session = this.planning.get(me, sessionId);
		if (session.getSeriesId() == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.sessions
			.findFirstByWorkspaceIdAndSeriesIdAndScheduledStartBeforeOrderByScheduledStartDesc(me.workspaceId(),
					session.getSeriesId(), session.getScheduledStart())
			.map((previous) -> toView(previous, now));
	}

	/**
	 * PLANNED → LIVE on the first item. Refused for a running, ended or cancelled one.
	 */
	@Transactional
	public SessionView start(CurrentMember me, long sessionId) {
		return run(me, sessionId, (s) -> s.start(this.clock.instant()));
	}

	/** LIVE → PAUSED; the current item's clock stops. */
	@Transactional
	public SessionView pause(CurrentMember me, long sessionId) {
		return run(me, sessionId, (s) -> s.pause(this.clock.instant()));
	}

	/** PAUSED → LIVE; the current item's clock runs on. */
	@Transactional
	public SessionView resume(CurrentMember me, long sessionId) {
		return run(me, sessionId, (s) -> s.resume(this.clock.instant()));
	}

	/**
	 * Moves on from the named item (the one the facilitator saw as current); if it is no
	 * longer current, nothing happens, so a double-click advances once.
	 */
	@Transactional
	public SessionView advanceFrom(CurrentMember me, long sessionId, long itemId) {
		return run(me, sessionId, (s) -> s.advanceFrom(itemId, this.clock.instant()));
	}

	/** Goes back from the named item to the previous one; repeats are harmless. */
	@Transactional
	public SessionView backFrom(CurrentMember me, long sessionId, long itemId) {
		return run(me, sessionId, (s) -> s.backFrom(itemId, this.clock.instant()));
	}

	/** Gives the current item 1–30 more minutes. */
	@Transactional
	public SessionView extend(CurrentMember me, long sessionId, int minutes) {
		return run(me, sessionId, (s) -> s.extend(minutes));
	}

	/** LIVE or PAUSED → ENDED; final. Publishes {@link SessionEnded}. */
	@Transactional
	public SessionView end(CurrentMember me, long sessionId) {
		SessionView ended = run(me, sessionId, (s) -> s.end(this.clock.instant()));
		this.events.publishEvent(new SessionEnded(ended.workspaceId(), ended.id(), ended.seriesId(), ended.endedAt()));
		return ended;
	}

	private SessionView run(CurrentMember me, long sessionId, Consumer<PracticeSession> change) {
		PracticeSession session = this.planning.get(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators and admins run sessions");
		}
		change.accept(session);
		return toView(this.sessions.saveAndFlush(session), this.clock.instant());
	}

	static SessionView toView(PracticeSession s, Instant now) {
		return new SessionView(s.getId(), s.getWorkspaceId(), s.getSeriesId(), s.getFocus(), s.getObjective(),
				s.getLearningGoal(), s.getFacilitatorId(), s.getStatus(), s.getScheduledStart(), s.getDurationMinutes(),
				s.getJoinCode(), s.getCurrentItem(), s.getStartedAt(), s.getEndedAt(),
				s.getAgenda().stream().map((i) -> item(i, now)).toList(),
				s.getParticipants()
					.stream()
					.map((p) -> new SessionView.Participant(p.getUserId(), p.getDepartment()))
					.toList(),
				s.getCustomerIds().stream().sorted().toList(), s.isAnonymizeCustomers());
	}

	private static SessionView.Item item(AgendaItem i, Instant now) {
		return new SessionView.Item(i.getId(), i.getTitle(), i.getPlannedMinutes(), i.getExtraMinutes(),
				i.getActualStartedAt(), i.getActualEndedAt(), (int) i.elapsedSeconds(now), i.isRunning(),
				i.remainingSeconds(now));
	}

}
