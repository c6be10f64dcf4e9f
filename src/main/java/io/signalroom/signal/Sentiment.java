package io.signalroom.signal;

/**
 * How good or bad a signal is for the relationship with the customer.
 */
public enum Sentiment {

	POSITIVE(1), NEUTRAL(0), NEGATIVE(-1);

	private final int score;

	Sentiment(int score) {
		this.score = score;
	}

	/** +1, 0 or -1, so sentiments of a department can be averaged and compared. */
	public int score() {
		return this.score;
	}

	public String messageKey() {
		return "sentiment." + name();
	}

}
