package io.signalroom.session;

import java.time.Instant;

/**
 * A practice session has ended; insights and dashboards may pick it up.
 */
public record SessionEnded(long workspaceId, long sessionId, Long seriesId, Instant endedAt) {

}
