package io.signalroom.signal.scorecard;

import io.signalroom.workspace.Department;

/**
 * Where two departments' average ratings lie furthest apart, on one dimension.
 */
public record Disagreement(String dimension, Department low, double lowValue, Department high, double highValue) {

	public double gap() {
		return this.highValue - this.lowValue;
	}

	public String dimensionMessageKey() {
		return "scorecard." + this.dimension;
	}

}
