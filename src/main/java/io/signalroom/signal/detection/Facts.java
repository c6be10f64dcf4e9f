package io.signalroom.signal.detection;

/**
 * Where rule queries read customers and their events, by the customer module's SQL
 * contract (see {@code io.signalroom.customer}): as they are now, or as they were known
 * at the "as of" moment, with later events left out and a later outcome (and the stage it
 * led to) unknown.
 */
enum Facts {

	CURRENT("customer_fact", "timeline_event_fact"),

	AT_CUT("customer_fact_as_of(" + RuleSql.AS_OF + ")", "timeline_event_fact_as_of(" + RuleSql.AS_OF + ")");

	private final String customers;

	private final String events;

	Facts(String customers, String events) {
		this.customers = customers;
		this.events = events;
	}

	/** The customers, as a relation to alias in a FROM clause. */
	String customers() {
		return this.customers;
	}

	/** The timeline events, as a relation to alias in a FROM clause. */
	String events() {
		return this.events;
	}

}
