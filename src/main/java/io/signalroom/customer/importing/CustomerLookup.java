package io.signalroom.customer.importing;

/**
 * How an event row names its customer: by the customer's external id, or by the event id
 * of an event imported earlier (feature usage that only knows its subscription).
 */
public enum CustomerLookup {

	EXTERNAL_ID, EARLIER_EVENT_ID;

	public String messageKey() {
		return "import.lookup." + name();
	}

}
