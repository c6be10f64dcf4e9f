package io.signalroom.signal.scorecard;

import java.util.List;

/**
 * The ratings of a signal type per department, the largest disagreement between
 * departments (null when fewer than two departments rated), and the comments.
 */
public record Spread(List<DepartmentSpread> departments, Disagreement disagreement, List<RatingComment> comments) {

	/** Whether a department is one of the two that disagree most. */
	public boolean disagrees(io.signalroom.workspace.Department department) {
		return this.disagreement != null
				&& (this.disagreement.low() == department || this.disagreement.high() == department);
	}

}
