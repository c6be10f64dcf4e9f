package io.signalroom.session.running;

import java.time.Clock;

import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.CurrentMember;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's console: each action changes the session through
 * {@link PracticeSessions} and tells every open page of the session, in the same
 * transaction, that the stage changed. Moving off an item reveals its silent round.
 */
@Service
public class SessionConsole {

	public static final int EXTEND_MINUTES = 5;

	private final PracticeSessions sessions;

	private final LiveEvents live;

	private final SilentRounds rounds;

	private final Clock clock;

	SessionConsole(PracticeSessions sessions, LiveEvents live, SilentRounds rounds, Clock clock) {
		this.sessions = sessions;
		this.live = live;
		this.rounds = rounds;
		this.clock = clock;
	}

	/**
	 * @param itemId the item the facilitator saw as current (for next and back), so that
	 * a double-click or a second tab moves the session once
	 * @throws ObjectOptimisticLockingFailureException when another tab changed the
	 * session at the same moment; the caller may try again once
	 */
	@Transactional
	public SessionView act(CurrentMember me, long sessionId, ConsoleAction action, Long itemId) {
		SessionView view = switch (action) {
			case START -> this.sessions.start(me, sessionId);
			case PAUSE -> this.sessions.pause(me, sessionId);
			case RESUME -> this.sessions.resume(me, sessionId);
			case EXTEND -> this.sessions.extend(me, sessionId, EXTEND_MINUTES);
			case NEXT -> this.sessions.advanceFrom(me, sessionId, required(itemId));
			case BACK -> this.sessions.backFrom(me, sessionId, required(itemId));
			case END -> this.sessions.end(me, sessionId);
		};
		revealLeftBehind(view);
		this.live.publish(SessionTopics.of(view.workspaceId(), view.id()), SessionTopics.STAGE_CHANGED,
				action.name().toLowerCase());
		return view;
	}

	/**
	 * A silent round belongs to the item it was started on: once the session has moved
	 * off that item (next, back) or ended, it is revealed, so no entry stays hidden. The
	 * stage event that follows makes every board re-fetch itself.
	 */
	private void revealLeftBehind(SessionView view) {
		Long current = (view.currentItem() != null && !view.status().isFinal())
				? view.agenda().get(view.currentItem()).id() : null;
		this.rounds.open(view.workspaceId(), view.id())
			.filter((round) -> current == null || round.getAgendaItemId() != current)
			.ifPresent((round) -> round.reveal(this.clock.instant()));
	}

	private static long required(Long itemId) {
		if (itemId == null) {
			throw new io.signalroom.shared.RuleViolation(null, "session.run.itemMissing");
		}
		return itemId;
	}

}
