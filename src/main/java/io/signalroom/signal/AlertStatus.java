package io.signalroom.signal;

/**
 * Where a detected signal stands in the alerts inbox.
 */
public enum AlertStatus {

	OPEN, ACKNOWLEDGED, DISMISSED;

	public String messageKey() {
		return "alertStatus." + name();
	}

}
