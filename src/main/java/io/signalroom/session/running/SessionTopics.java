package io.signalroom.session.running;

import io.signalroom.live.LiveTopic;

/**
 * The live topic every open page of one session follows. Events carry no content a viewer
 * might not be allowed to see: each page re-fetches its own fragments (stage, board) with
 * its own session when told something changed.
 */
public final class SessionTopics {

	/** The agenda, the current item or its timer changed. */
	public static final String STAGE_CHANGED = "stage-changed";

	/** An interpretation was added, or the board's visibility changed. */
	public static final String BOARD_CHANGED = "board-changed";

	static final String PREFIX = "session-";

	private SessionTopics() {
	}

	public static LiveTopic of(long workspaceId, long sessionId) {
		return LiveTopic.of(workspaceId, PREFIX + sessionId);
	}

}
