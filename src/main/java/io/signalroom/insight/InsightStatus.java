package io.signalroom.insight;

/**
 * Where an insight stands: a hypothesis until a manager validates or refutes it.
 */
public enum InsightStatus {

	HYPOTHESIS, VALIDATED, REFUTED;

	public String messageKey() {
		return "insightStatus." + name();
	}

}
