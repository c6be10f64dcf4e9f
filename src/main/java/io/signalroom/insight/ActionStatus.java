package io.signalroom.insight;

/**
 * An action item is open until its owner completes or drops it.
 */
public enum ActionStatus {

	OPEN, DONE, DROPPED;

	public String messageKey() {
		return "actionStatus." + name();
	}

}
