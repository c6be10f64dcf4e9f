package io.signalroom.customer;

/**
 * Where a customer stands in their life with us.
 */
public enum LifecycleStage {

	LEAD, PROSPECT, ONBOARDING, ACTIVE, AT_RISK, CHURNED;

	public String messageKey() {
		return "stage." + name();
	}

}
