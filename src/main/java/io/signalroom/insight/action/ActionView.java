package io.signalroom.insight.action;

import java.time.Instant;
import java.time.LocalDate;

import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightStatus;

/**
 * An action item as one viewer sees it: names resolved (customers pseudonymized where
 * asked), whether it is overdue or due soon today, and whether this viewer may close it.
 * {@code sessionFocus} is null when the viewer may not see the session it came from.
 */
public record ActionView(long id, String title, long ownerId, String ownerName, LocalDate dueOn, ActionStatus status,
		boolean overdue, boolean dueSoon, Long sessionId, String sessionFocus, Long customerId, String customerName,
		Long insightId, String insightStatement, InsightStatus insightStatus, String outcomeNote, Instant closedAt,
		long version, boolean closable) {

	public boolean isOpen() {
		return this.status == ActionStatus.OPEN;
	}

}
