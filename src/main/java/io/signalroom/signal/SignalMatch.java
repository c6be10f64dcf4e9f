package io.signalroom.signal;

import java.time.Instant;
import java.util.List;

/**
 * A signal a detection rule finds on a customer, without an alert behind it: the signal
 * type whose rule matched, when it fired, and the ids of the customer's timeline events
 * that prove it (none for an absence of a kind of event the customer never had).
 */
public record SignalMatch(long signalTypeId, long customerId, Instant firedAt, List<Long> evidenceEventIds) {

	public SignalMatch {
		evidenceEventIds = List.copyOf(evidenceEventIds);
	}

}
