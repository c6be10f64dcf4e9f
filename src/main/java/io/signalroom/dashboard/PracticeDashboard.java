package io.signalroom.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.SessionStatistics;
import io.signalroom.win.QuarterTotal;
import io.signalroom.win.WinTotals;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a workspace's practice pays off, for its managers and admins: cadence kept,
 * participation across departments, insights and their actions, wins.
 */
@Service
class PracticeDashboard {

	static final int WEEKS = 12;

	static final int QUARTERS = 8;

	private static final BigDecimal NO_VALUE = new BigDecimal("0.00");

	private final SessionStatistics sessions;

	private final InsightDirectory insights;

	private final WinTotals wins;

	private final Clock clock;

	PracticeDashboard(SessionStatistics sessions, InsightDirectory insights, WinTotals wins, Clock clock) {
		this.sessions = sessions;
		this.insights = insights;
		this.wins = wins;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DashboardFigures figures(CurrentMember me) {
		if (!me.canManage()) {
			throw new AccessDeniedException("The practice dashboard is for managers and admins");
		}
		long ws = me.workspaceId();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate thisWeek = SessionStatistics.weekOf(today);
		List<LocalDate> weeks = new ArrayList<>();
		for (int i = WEEKS - 1; i >= 0; i--) {
			weeks.add(thisWeek.minusWeeks(i));
		}
		LocalDate from = weeks.get(0);
		LocalDate until = thisWeek.plusWeeks(1);

		List<Long> held = new ArrayList<>(zeros(WEEKS));
		this.sessions.heldPerWeek(ws, from, until).forEach((w) -> held.set(weeks.indexOf(w.week()), w.count()));

		Map<Department, List<Long>> byDepartment = new EnumMap<>(Department.class);
		this.sessions.interpretationsPerDepartment(ws, from, until)
			.forEach((d) -> byDepartment.computeIfAbsent(d.department(), (k) -> new ArrayList<>(zeros(WEEKS)))
				.set(weeks.indexOf(d.week()), d.count()));

		Map<InsightCategory, Map<InsightStatus, Long>> insightCounts = new EnumMap<>(InsightCategory.class);
		for (InsightCategory category : InsightCategory.values()) {
			Map<InsightStatus, Long> byStatus = new EnumMap<>(InsightStatus.class);
			for (InsightStatus status : InsightStatus.values()) {
				byStatus.put(status, 0L);
			}
			insightCounts.put(category, byStatus);
		}
		this.insights.countsByCategoryAndStatus(ws)
			.forEach((c) -> insightCounts.get(c.category()).put(c.status(), c.count()));

		return new DashboardFigures(today, weeks, held, this.sessions.weeklyStreak(ws, today),
				this.sessions.seriesCadence(ws, this.clock.instant()), byDepartment, insightCounts,
				this.insights.actionFigures(ws, today), quarters(ws, today));
	}

	/**
	 * The last {@link #QUARTERS} quarters up to today's, oldest first, zero when empty.
	 */
	private List<QuarterTotal> quarters(long workspaceId, LocalDate today) {
		List<QuarterTotal> known = this.wins.perQuarter(workspaceId);
		List<QuarterTotal> quarters = new ArrayList<>();
		LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
		for (int i = QUARTERS - 1; i >= 0; i--) {
			LocalDate start = quarterStart.minusMonths(3L * i);
			int year = start.getYear();
			int quarter = (start.getMonthValue() - 1) / 3 + 1;
			quarters.add(known.stream()
				.filter((q) -> q.year() == year && q.quarter() == quarter)
				.findFirst()
				.orElse(new QuarterTotal(year, quarter, 0, NO_VALUE)));
		}
		return quarters;
	}

	private static List<Long> zeros(int n) {
		return new ArrayList<>(java.util.Collections.nCopies(n, 0L));
	}

}
