package io.signalroom.signal.scorecard;

import io.signalroom.workspace.Department;

/**
 * How one department rated a signal type: how many ratings, the averages and ranges.
 * Sentiment is averaged on -1 (negative) to +1 (positive).
 */
public record DepartmentSpread(Department department, int ratings, double frequency, double intensity, double urgency,
		double sentiment, int minUrgency, int maxUrgency) {

	double value(String dimension) {
		return switch (dimension) {
			case "frequency" -> this.frequency;
			case "intensity" -> this.intensity;
			case "urgency" -> this.urgency;
			default -> this.sentiment;
		};
	}

}
