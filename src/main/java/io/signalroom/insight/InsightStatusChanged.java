package io.signalroom.insight;

import java.time.Instant;

/**
 * An insight was recorded ({@code from} is null) or validated, refuted or reopened; the
 * playbook and the dashboard pick it up. {@code sessionId} is the session the insight
 * came from, if any.
 */
public record InsightStatusChanged(long workspaceId, long insightId, Long sessionId, InsightStatus from,
		InsightStatus to, long changedBy, Instant changedAt) {

}
