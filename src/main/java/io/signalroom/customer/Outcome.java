package io.signalroom.customer;

/**
 * What finally happened with a customer: the answer that exercises are checked against.
 */
public enum Outcome {

	CHURNED, RENEWED, UPGRADED, DOWNGRADED, WON, LOST;

	public String messageKey() {
		return "outcome." + name();
	}

}
