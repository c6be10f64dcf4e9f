package io.signalroom.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightDirectory;
import io.signalroom.insight.InsightDirectory.ActionFigures;
import io.signalroom.insight.InsightStatus;
import io.signalroom.session.SessionStatistics;
import io.signalroom.session.SessionStatus;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.win.QuarterTotal;
import io.signalroom.win.WinTotals;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DashboardIntegrationTests {

	/** A Wednesday; its week starts on Monday 2031-03-10. */
	static final Instant NOW = Instant.parse("2031-03-12T15:00:00Z");

	static final LocalDate THIS_WEEK = LocalDate.parse("2031-03-10");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	PracticeRows rows;

	@Autowired
	SessionStatistics sessions;

	@Autowired
	InsightDirectory insights;

	@Autowired
	WinTotals wins;

	PracticeDashboard dashboard;

	CurrentMember admin;

	CurrentMember mona;

	CurrentMember fran;

	CurrentMember sam;

	CurrentMember pat;

	@BeforeEach
	void workspace() {
		this.dashboard = new PracticeDashboard(this.sessions, this.insights, this.wins,
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.admin = this.fixtures.newWorkspace();
		this.mona = this.fixtures.member(this.admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mona");
		this.fran = this.fixtures.member(this.admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.pat = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SUPPORT, "Pat");
	}

	@Test
	void onlyManagersAndAdminsOpenTheDashboard() throws Exception {
		this.mvc.perform(get("/dashboard").with(this.fixtures.as(this.sam))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(this.fixtures.as(this.fran))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(this.fixtures.as(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").with(this.fixtures.as(this.mona)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=\"{&quot;type&quot;:&quot;bar&quot;")))
			.andExpect(content().string(containsString("/dist/chart.umd.min.js")))
			.andExpect(content().string(containsString("/js/dashboard.js")));
		assertThatThrownBy(() -> this.dashboard.figures(this.sam)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theFiguresComeFromThisWorkspacesSessionsInsightsActionsAndWins() {
		long customer = this.fixtures.customer(this.admin, "Acme", LifecycleStage.ACTIVE);
		// held this week, last week and the week before (a streak of 3), and five weeks
		// ago
		long thisWeek = held(THIS_WEEK.plusDays(1));
		long lastWeek = held(THIS_WEEK.minusWeeks(1).plusDays(3));
		held(THIS_WEEK.minusWeeks(2));
		held(THIS_WEEK.minusWeeks(5).plusDays(4));
		long series = this.rows.weeklySeries(this.fran, "Friday retention review", at(THIS_WEEK.minusWeeks(9)),
				at(THIS_WEEK.minusWeeks(8)));
		// neither counts: cancelled, and planned but never started
		this.rows.session(this.fran, "Cancelled", at(THIS_WEEK), at(THIS_WEEK), SessionStatus.CANCELLED);
		this.rows.session(this.fran, "Planned", at(THIS_WEEK.plusDays(3)), null, SessionStatus.PLANNED);
		this.rows.interpretation(this.sam, thisWeek, customer, at(THIS_WEEK.plusDays(1)));
		this.rows.interpretation(this.sam, thisWeek, customer, at(THIS_WEEK.plusDays(1)));
		this.rows.interpretation(this.pat, lastWeek, customer, at(THIS_WEEK.minusWeeks(1).plusDays(3)));
		this.rows.insight(this.fran, "A", InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.VALIDATED, null, NOW);
		this.rows.insight(this.fran, "B", InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.VALIDATED, null, NOW);
		this.rows.insight(this.fran, "C", InsightCategory.RECOMMENDED_RESPONSE, InsightStatus.HYPOTHESIS, null, NOW);
		for (int i = 0; i < 3; i++) {
			this.rows.action(this.fran, "Done " + i, ActionStatus.DONE, null);
		}
		this.rows.action(this.fran, "Late", ActionStatus.OPEN, LocalDate.parse("2031-03-11"));
		this.rows.action(this.fran, "On time", ActionStatus.OPEN, LocalDate.parse("2031-03-12"));
		this.rows.action(this.fran, "Dropped", ActionStatus.DROPPED, LocalDate.parse("2031-01-01"));
		this.rows.win(this.sam, "Q1 big", new BigDecimal("1000"), LocalDate.parse("2031-02-01"));
		this.rows.win(this.sam, "Q1 small", new BigDecimal("500.50"), LocalDate.parse("2031-03-12"));
		this.rows.win(this.sam, "Q4 priceless", null, LocalDate.parse("2030-12-31"));
		somethingInAnotherWorkspace();

		DashboardFigures f = this.dashboard.figures(this.mona);

		assertThat(f.weeks()).hasSize(12).first().isEqualTo(THIS_WEEK.minusWeeks(11));
		assertThat(f.weeks()).last().isEqualTo(THIS_WEEK);
		assertThat(f.sessionsPerWeek()).containsExactly(0L, 0L, 1L, 1L, 0L, 0L, 1L, 0L, 0L, 1L, 1L, 1L);
		assertThat(f.sessionsHeld()).isEqualTo(6);
		assertThat(f.series()).singleElement()
			.isEqualTo(new SessionStatistics.SeriesCadence(series, "Friday retention review", "session.cadence.WEEKLY",
					2, 2, 2));
		assertThat(f.weeklyStreak()).isEqualTo(3);
		assertThat(f.interpretationsByDepartment()).containsOnlyKeys(Department.SALES, Department.SUPPORT);
		assertThat(f.interpretationsByDepartment().get(Department.SALES)).endsWith(0L, 2L);
		assertThat(f.interpretationsByDepartment().get(Department.SUPPORT)).endsWith(1L, 0L);
		assertThat(f.insightCount(InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.VALIDATED)).isEqualTo(2);
		assertThat(f.insightCount(InsightCategory.RECOMMENDED_RESPONSE, InsightStatus.HYPOTHESIS)).isEqualTo(1);
		assertThat(f.insightCount()).isEqualTo(3);
		assertThat(f.actions()).isEqualTo(new ActionFigures(2, 3, 1, 1));
		assertThat(f.actions().completionPercent()).isEqualTo(60);
		assertThat(f.quarters()).hasSize(8).first().isEqualTo(new QuarterTotal(2029, 2, 0, new BigDecimal("0.00")));
		assertThat(f.quarters().subList(6, 8)).containsExactly(new QuarterTotal(2030, 4, 1, new BigDecimal("0.00")),
				new QuarterTotal(2031, 1, 2, new BigDecimal("1500.50")));
	}

	@Test
	void aWeekStillUnderWayDoesNotBreakTheStreakButAMissedWeekDoes() {
		held(THIS_WEEK.minusWeeks(1));
		held(THIS_WEEK.minusWeeks(2));
		held(THIS_WEEK.minusWeeks(4));
		assertThat(this.dashboard.figures(this.mona).weeklyStreak()).isEqualTo(2);
	}

	@Test
	void anEmptyWorkspaceShowsZerosAndNoCompletionRate() {
		DashboardFigures f = this.dashboard.figures(this.mona);
		assertThat(f.sessionsHeld()).isZero();
		assertThat(f.weeklyStreak()).isZero();
		assertThat(f.interpretationsByDepartment()).isEmpty();
		assertThat(f.actions().completionPercent()).isNull();
		assertThat(f.quarters()).extracting(QuarterTotal::count).containsOnly(0L);
		assertThat(f.series()).isEmpty();
	}

	private long held(LocalDate day) {
		return this.rows.session(this.fran, "Held " + day, at(day), at(day), SessionStatus.ENDED);
	}

	private void somethingInAnotherWorkspace() {
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.rows.session(stranger, "Theirs", at(THIS_WEEK.minusWeeks(3)), at(THIS_WEEK.minusWeeks(3)),
				SessionStatus.ENDED);
		this.rows.insight(stranger, "Theirs", InsightCategory.BEHAVIOUR_TRIGGER, InsightStatus.REFUTED, null, NOW);
		this.rows.action(stranger, "Theirs", ActionStatus.OPEN, LocalDate.parse("2020-01-01"));
		this.rows.win(stranger, "Theirs", BigDecimal.TEN, LocalDate.parse("2031-01-05"));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
	}

}
