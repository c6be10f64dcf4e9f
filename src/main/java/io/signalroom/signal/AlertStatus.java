package io.signalroom.signal;

/**
 * Where a detected signal stands in the alerts inbox. Open and acknowledged alerts still
 * need someone; a dismissed one was set aside by a member with a reason; a resolved one
 * was closed by detection because its condition no longer held.
 */
public enum AlertStatus {

	OPEN, ACKNOWLEDGED, DISMISSED, RESOLVED;

	/** Whether the alert still waits for someone to handle it. */
	public boolean isUnhandled() {
		return this == OPEN || this == ACKNOWLEDGED;
	}

	public String messageKey() {
		return "alertStatus." + name();
	}

}
