package io.signalroom.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory.ActionFigures;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.SessionStatistics.SeriesCadence;
import io.signalroom.win.QuarterTotal;
import io.signalroom.workspace.Department;

/**
 * Everything the practice dashboard shows, as of one day. Week series are aligned with
 * {@code weeks} (oldest first); {@code quarters} are oldest first and include quarters
 * without wins.
 */
record DashboardFigures(LocalDate today, List<LocalDate> weeks, List<Long> sessionsPerWeek, int weeklyStreak,
		List<SeriesCadence> series, Map<Department, List<Long>> interpretationsByDepartment,
		Map<InsightCategory, Map<InsightStatus, Long>> insights, ActionFigures actions, List<QuarterTotal> quarters) {

	public long sessionsHeld() {
		return this.sessionsPerWeek.stream().mapToLong(Long::longValue).sum();
	}

	public long interpretations() {
		return this.interpretationsByDepartment.values()
			.stream()
			.flatMap(List::stream)
			.mapToLong(Long::longValue)
			.sum();
	}

	public long insightCount() {
		return this.insights.values().stream().flatMap((m) -> m.values().stream()).mapToLong(Long::longValue).sum();
	}

	public long insightCount(InsightCategory category, InsightStatus status) {
		return this.insights.getOrDefault(category, Map.of()).getOrDefault(status, 0L);
	}

}
