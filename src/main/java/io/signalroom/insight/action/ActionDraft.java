package io.signalroom.insight.action;

import java.time.LocalDate;

/**
 * A new action item as the facilitator typed it. {@code confirmPastDue} is set once they
 * have seen the warning that the due date lies in the past and kept it.
 */
public record ActionDraft(String title, long ownerId, LocalDate dueOn, Long insightId, Long customerId,
		boolean confirmPastDue) {

}
