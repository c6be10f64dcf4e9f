package io.signalroom.signal.scorecard;

import io.signalroom.signal.Sentiment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member's rating of a signal: frequency, intensity and urgency from 1 to 5, a
 * sentiment and an optional comment. {@code detectedSignalId} is set when rating one
 * detected signal rather than the signal type.
 */
public record ScorecardForm(Long detectedSignalId, @NotNull @Min(1) @Max(5) Integer frequency,
		@NotNull @Min(1) @Max(5) Integer intensity, @NotNull @Min(1) @Max(5) Integer urgency,
		@NotNull Sentiment sentiment, @Size(max = 1000) String comment) {

	public static ScorecardForm empty() {
		return new ScorecardForm(null, 3, 3, 3, Sentiment.NEUTRAL, "");
	}

}
