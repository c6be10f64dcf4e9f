package io.signalroom.insight.wrapup;

import java.util.List;
import java.util.Optional;

import io.signalroom.customer.CustomerLens;
import io.signalroom.insight.action.SessionActions;
import io.signalroom.insight.action.SessionInsights;
import io.signalroom.session.PracticeSessions;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.CurrentMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the recap a session opens with, so lessons and promises of earlier sessions are
 * not forgotten.
 */
@Service
public class OpeningRecap {

	private final PracticeSessions sessions;

	private final SessionInsights insights;

	private final SessionActions actions;

	OpeningRecap(PracticeSessions sessions, SessionInsights insights, SessionActions actions) {
		this.sessions = sessions;
		this.insights = insights;
		this.actions = actions;
	}

	@Transactional(readOnly = true)
	public Recap of(CurrentMember me, long sessionId) {
		SessionView session = this.sessions.view(me, sessionId);
		CustomerLens lens = CustomerLens.session(session.anonymizeCustomers());
		Optional<SessionView> previous = this.sessions.previousInSeries(me, sessionId);
		if (previous.isEmpty()) {
			return new Recap(null, List.of(), List.of(), List.of(), this.actions.overdue(me, lens));
		}
		SessionView before = previous.get();
		return new Recap(before, this.insights.ofSession(me.workspaceId(), before.id()),
				this.actions.openFrom(me, before.id(), lens),
				this.actions.openInSeries(me, session.seriesId(), List.of(session.id(), before.id()), lens), List.of());
	}

}
