package io.signalroom.signal;

/**
 * What a signal says about a customer, in the order the inbox sorts them when urgency
 * ties.
 */
public enum SignalCategory {

	CHURN_RISK, FRICTION, DISENGAGEMENT, BUYING_INTENT, UPSELL_READINESS, ADVOCACY;

	public String messageKey() {
		return "signalCategory." + name();
	}

}
