package io.signalroom.session.running;

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
 * transaction, that the stage changed.
 */
@Service
public class SessionConsole {

	public static final int EXTEND_MINUTES = 5;

	private final PracticeSessions sessions;

	private final LiveEvents live;

	SessionConsole(PracticeSessions sessions, LiveEvents live) {
		this.sessions = sessions;
		this.live = live;
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
		this.live.publish(SessionTopics.of(view.workspaceId(), view.id()), SessionTopics.STAGE_CHANGED,
				action.name().toLowerCase());
		return view;
	}

	private static long required(Long itemId) {
		if (itemId == null) {
			throw new io.signalroom.shared.web.RuleViolation(null, "session.run.itemMissing");
		}
		return itemId;
	}

}
