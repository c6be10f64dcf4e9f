package io.signalroom.insight.record;

import java.util.Locale;

import io.signalroom.session.SessionStatus;
import io.signalroom.session.SessionView;

/**
 * When a session turns its board into insights: during an agenda item about actions or
 * insights ("Action planning", "Agree on 2–3 key insights"), and after it ended.
 */
final class InsightMoment {

	/** The seeds ask each session to agree on two or three key insights. */
	static final int AIM = 3;

	private InsightMoment() {
	}

	static boolean isOpen(SessionView session) {
		if (session.status() == SessionStatus.ENDED) {
			return true;
		}
		if (!session.status().isRunning() || session.currentItem() == null) {
			return false;
		}
		String title = session.agenda().get(session.currentItem()).title().toLowerCase(Locale.ROOT);
		return title.contains("action") || title.contains("insight");
	}

}
