package io.signalroom.customer;

import java.time.Instant;

import io.signalroom.workspace.Department;

/**
 * What other modules may read of one stored timeline event (unlike {@link EventRecord},
 * which is an event on its way in). The summary is already scrubbed of the customer's
 * name and e-mail when the workspace or the caller shows pseudonyms; {@code department}
 * may be null.
 */
public record TimelineEventSummary(long id, long customerId, Instant occurredAt, EventType type, Department department,
		String summary) {

}
