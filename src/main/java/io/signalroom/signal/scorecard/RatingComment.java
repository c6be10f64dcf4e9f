package io.signalroom.signal.scorecard;

import java.time.Instant;

import io.signalroom.signal.Sentiment;
import io.signalroom.workspace.Department;

/**
 * A rating with its comment, as shown beside the spread.
 */
public record RatingComment(String rater, Department department, int frequency, int intensity, int urgency,
		Sentiment sentiment, String comment, Instant ratedAt, Long detectedSignalId) {

}
