package io.signalroom.session;

import java.util.List;

/**
 * The demo workspace got its practice history: a weekly series with sessions that ended
 * (oldest first) and ones still to come. The insight module adds what those sessions
 * learned.
 */
public record DemoSessionsCreated(long workspaceId, List<Long> endedSessionIds) {

	public DemoSessionsCreated {
		endedSessionIds = List.copyOf(endedSessionIds);
	}

}
