package io.signalroom.customer.importing;

/**
 * What one file holds: one customer per row, or one timeline event per row.
 */
public enum ImportTarget {

	CUSTOMERS, EVENTS;

	public String messageKey() {
		return "import.target." + name();
	}

}
