package io.signalroom.signal;

/**
 * Whether a signal is counted, read from words and tone, or depends on the situation.
 */
public enum SignalNature {

	QUANTITATIVE, QUALITATIVE, CONTEXTUAL;

	public String messageKey() {
		return "signalNature." + name();
	}

}
