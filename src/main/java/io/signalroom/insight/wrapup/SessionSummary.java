package io.signalroom.insight.wrapup;

import java.util.List;

import io.signalroom.insight.action.ActionView;
import io.signalroom.insight.action.SessionInsights.InsightLine;
import io.signalroom.session.SessionView;
import io.signalroom.workspace.Department;

/**
 * What an ended session leaves behind: who came and who spoke, how the agenda's time was
 * spent, and the insights and action items it produced.
 */
public record SessionSummary(SessionView session, String facilitatorName, List<Attendance> attendance,
		List<Timing> agenda, int interpretationCount, List<Contribution> contributions, List<InsightLine> insights,
		List<ActionView> actions) {

	/** People of one department in the session, and how many of them logged an entry. */
	public record Attendance(Department department, int people, int contributed) {

	}

	/**
	 * One agenda item: planned and added minutes, and the minutes it actually ran (null
	 * when it never ran).
	 */
	public record Timing(int position, String title, int plannedMinutes, int extraMinutes, Integer actualMinutes) {

		/**
		 * Actual minus planned (added minutes count as overrun); null when it never ran.
		 */
		public Integer difference() {
			return (this.actualMinutes != null) ? this.actualMinutes - this.plannedMinutes : null;
		}

	}

	/** How much one person spoke: their board entries and their share of all entries. */
	public record Contribution(long userId, String name, Department department, int entries, int percent) {

	}

	public int plannedTotal() {
		return this.agenda.stream().mapToInt(Timing::plannedMinutes).sum();
	}

	public int actualTotal() {
		return this.agenda.stream().mapToInt((t) -> (t.actualMinutes() != null) ? t.actualMinutes() : 0).sum();
	}

	public int peopleTotal() {
		return this.attendance.stream().mapToInt(Attendance::people).sum();
	}

}
