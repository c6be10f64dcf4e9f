package io.signalroom.session.running;

import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;

/**
 * What a participant typed into the interpretation form. The scorecard (frequency,
 * intensity, urgency 1–5 and a sentiment) is optional but comes whole.
 */
public record InterpretationDraft(long customerId, Long timelineEventId, Long detectedSignalId, String text,
		SignalCategory category, Integer confidence, Integer frequency, Integer intensity, Integer urgency,
		Sentiment sentiment) {

	/** Refuses empty or over-long text, a missing category and ratings outside 1–5. */
	void check() {
		String stripped = (this.text != null) ? this.text.strip() : "";
		if (stripped.isEmpty()) {
			throw new RuleViolation("text", "session.interpretation.textRequired", Interpretation.MAX_TEXT);
		}
		if (stripped.length() > Interpretation.MAX_TEXT) {
			throw new RuleViolation("text", "session.interpretation.textTooLong", Interpretation.MAX_TEXT,
					stripped.length());
		}
		if (this.category == null) {
			throw new RuleViolation("category", "session.interpretation.categoryRequired");
		}
		if (!rating(this.confidence)) {
			throw new RuleViolation("confidence", "session.interpretation.confidenceRange");
		}
		boolean any = this.frequency != null || this.intensity != null || this.urgency != null
				|| this.sentiment != null;
		boolean whole = rating(this.frequency) && rating(this.intensity) && rating(this.urgency)
				&& this.sentiment != null;
		if (any && !whole) {
			throw new RuleViolation("frequency", "session.interpretation.scorecardIncomplete");
		}
	}

	private static boolean rating(Integer value) {
		return value != null && value >= 1 && value <= 5;
	}

}
