package io.signalroom.session.running;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.signalroom.live.LiveEvents;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's speaking order: participants shuffled or grouped by department,
 * everyone sees who is up and who is next.
 */
@Service
public class RoundRobin {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PracticeSessions sessions;

	private final SpeakingOrders orders;

	private final LiveEvents live;

	private final Clock clock;

	RoundRobin(PracticeSessions sessions, SpeakingOrders orders, LiveEvents live, Clock clock) {
		this.sessions = sessions;
		this.orders = orders;
		this.live = live;
		this.clock = clock;
	}

	/** Starts a new speaking order, ending any open one. */
	@Transactional
	public void start(CurrentMember me, long sessionId, boolean byDepartment) {
		SessionView session = facilitated(me, sessionId);
		if (!session.status().isRunning()) {
			throw new RuleViolation(null, "session.notLive");
		}
		List<SessionView.Participant> people = new ArrayList<>(session.participants());
		if (people.isEmpty()) {
			throw new RuleViolation(null, "session.speakers.nobody");
		}
		Collections.shuffle(people, RANDOM);
		if (byDepartment) {
			people.sort(Comparator.comparing((SessionView.Participant p) -> String.valueOf(p.department())));
		}
		this.orders.open(me.workspaceId(), sessionId).ifPresent((o) -> {
			o.stop(this.clock.instant());
			this.orders.saveAndFlush(o);
		});
		this.orders.save(new SpeakingOrder(me.workspaceId(), sessionId,
				people.stream().map(SessionView.Participant::userId).toList(), this.clock.instant()));
		changed(session);
	}

	/** Passes the turn on from the given position (so a double-click moves it once). */
	@Transactional
	public void passFrom(CurrentMember me, long sessionId, int position) {
		SessionView session = facilitated(me, sessionId);
		this.orders.open(me.workspaceId(), sessionId).ifPresent((o) -> o.passFrom(position, this.clock.instant()));
		changed(session);
	}

	@Transactional
	public void stop(CurrentMember me, long sessionId) {
		SessionView session = facilitated(me, sessionId);
		this.orders.open(me.workspaceId(), sessionId).ifPresent((o) -> o.stop(this.clock.instant()));
		changed(session);
	}

	@Transactional(readOnly = true)
	public Optional<SpeakingOrder> current(CurrentMember me, long sessionId) {
		this.sessions.view(me, sessionId);
		return this.orders.open(me.workspaceId(), sessionId);
	}

	private void changed(SessionView session) {
		this.live.publish(SessionTopics.of(session.workspaceId(), session.id()), SessionTopics.STAGE_CHANGED,
				"speakers");
	}

	private SessionView facilitated(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		if (!me.canFacilitate()) {
			throw new AccessDeniedException("Only facilitators run the speaking order");
		}
		return session;
	}

}
