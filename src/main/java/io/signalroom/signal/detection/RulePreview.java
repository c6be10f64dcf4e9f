package io.signalroom.signal.detection;

import java.time.Instant;
import java.util.List;

/**
 * What a rule would flag right now: how many customers out of all, a few of them, and the
 * moment it was evaluated as of.
 */
public record RulePreview(long flagged, long customers, List<CustomerRef> sample, Instant asOf) {

	/** A rule that flags every customer is allowed, but almost certainly not meant. */
	public boolean flagsEveryone() {
		return this.customers > 0 && this.flagged >= this.customers;
	}

}
