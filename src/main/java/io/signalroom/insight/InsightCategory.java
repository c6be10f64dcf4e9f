package io.signalroom.insight;

/**
 * What kind of lesson an insight is: a behaviour that triggers a signal, the response
 * that works, or what it means for one department.
 */
public enum InsightCategory {

	BEHAVIOUR_TRIGGER, RECOMMENDED_RESPONSE, DEPARTMENTAL_IMPLICATION;

	public String messageKey() {
		return "insightCategory." + name();
	}

}
