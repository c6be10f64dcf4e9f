package io.signalroom.insight.wrapup;

import java.util.List;

import io.signalroom.insight.action.ActionView;
import io.signalroom.insight.action.SessionInsights.InsightLine;
import io.signalroom.session.SessionView;

/**
 * What the opening of a session recalls. With a previous session in the series: its
 * insights and open actions, and what is still open from earlier sessions of the series.
 * Without one (a one-off, or the first of a series): the workspace's overdue actions.
 */
public record Recap(SessionView previous, List<InsightLine> previousInsights, List<ActionView> previousOpen,
		List<ActionView> earlierOpen, List<ActionView> workspaceOverdue) {

	public boolean hasPrevious() {
		return this.previous != null;
	}

}
