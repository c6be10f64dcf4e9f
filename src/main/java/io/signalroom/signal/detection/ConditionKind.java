package io.signalroom.signal.detection;

/**
 * The three shapes a rule condition can take.
 */
public enum ConditionKind {

	/** At least N events of the given types within W days. */
	THRESHOLD,
	/** No event of the given types for D days while the customer is active. */
	ABSENCE,
	/** This period's count is at most X% of the previous period's. */
	DROP;

	public String messageKey() {
		return "rule.kind." + name();
	}

}
