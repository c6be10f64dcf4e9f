package io.signalroom.session.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.signalroom.workspace.DemoWorkspaces;
import io.signalroom.session.DemoSessionsCreated;
import io.signalroom.support.IntegrationTest;
import io.signalroom.support.ModuleEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo workspace made at startup comes with a practice history: a weekly review with
 * two ended sessions and one to come, a one-off workshop, and what the ended sessions
 * learned and agreed to do. Written once, however often the seeding runs.
 */
@IntegrationTest
class DemoHistoryIntegrationTests {

	@Autowired
	DemoSessions demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ModuleEvents moduleEvents;

	long workspaceId;

	List<Long> series;

	@BeforeEach
	void demoSeries() {
		// the demo's history is written after startup, once its signals are detected
		this.moduleEvents.awaitHandled();
		this.workspaceId = this.jdbc.sql("select id from workspace where name = ?")
			.param(DemoWorkspaces.NAME)
			.query(Long.class)
			.single();
		this.series = this.jdbc.sql("""
				select s.id from practice_session s join session_series r on r.id = s.series_id
				where s.workspace_id = ? and r.title = ? order by s.scheduled_start""")
			.params(this.workspaceId, DemoHistory.SERIES)
			.query(Long.class)
			.list();
	}

	@Test
	void aWeeklySeriesMetTwoAndOneWeeksAgoAndMeetsAgainNextWeekBesidesAWorkshopThisWeek() {
		assertThat(this.series).hasSize(3);
		List<Map<String, Object>> sessions = this.jdbc.sql("""
				select status, scheduled_start, facilitator_id,
				       (select count(*) from session_participant p where p.session_id = s.id) as participants,
				       (select count(*) from session_customer c where c.session_id = s.id) as customers
				from practice_session s where id = any(?) order by scheduled_start""")
			.param(this.series.toArray(Long[]::new))
			.query()
			.listOfRows();
		assertThat(sessions).extracting((s) -> s.get("status")).containsExactly("ENDED", "ENDED", "PLANNED");
		assertThat(sessions).extracting((s) -> daysFromNow(s.get("scheduled_start")))
			.satisfiesExactly((d) -> assertThat(d).isCloseTo(-14, within(1.0)),
					(d) -> assertThat(d).isCloseTo(-7, within(1.0)), (d) -> assertThat(d).isCloseTo(7, within(1.0)));
		assertThat(sessions).allSatisfy((s) -> {
			assertThat(s.get("facilitator_id")).isEqualTo(userId("facilitator@demo.test"));
			assertThat(s.get("participants")).isEqualTo(3L);
			assertThat((Long) s.get("customers")).isBetween(3L, 4L);
		});
		boolean workshopThisWeek = this.jdbc
			.sql("""
					select scheduled_start between now() and now() + interval '3 days' from practice_session
					where workspace_id = ? and series_id is null and status = 'PLANNED' and focus like 'Upsell predictor%'""")
			.param(this.workspaceId)
			.query(Boolean.class)
			.single();
		assertThat(workshopThisWeek).as("a one-off workshop in the next days").isTrue();
	}

	@Test
	void theEndedSessionsRanTheirAgendaSomeItemsOverSomeUnder() {
		for (long session : ended()) {
			List<Map<String, Object>> items = this.jdbc.sql("""
					select planned_minutes, elapsed_seconds, actual_started_at, actual_ended_at from agenda_item
					where session_id = ? order by position""").param(session).query().listOfRows();
			assertThat(items).extracting((i) -> i.get("planned_minutes")).containsExactly(5, 20, 20, 10, 5);
			assertThat(items).allSatisfy((i) -> assertThat(i.get("actual_ended_at")).isNotNull());
			assertThat(items).anySatisfy((i) -> assertThat(overrun(i)).isPositive())
				.anySatisfy((i) -> assertThat(overrun(i)).isNegative());
		}
	}

	@Test
	void eachEndedSessionHasReadingsFromEveryDepartmentOnDetectedSignalsWithVotesAndTwoClusters() {
		for (long session : ended()) {
			Map<String, Object> board = this.jdbc.sql("""
					select count(*) as readings, count(distinct department) as departments,
					       count(detected_signal_id) as on_signals, count(timeline_event_id) as on_events,
					       (select count(*) from interpretation_vote v where v.session_id = i.session_id) as votes,
					       (select count(*) from interpretation_cluster c where c.session_id = i.session_id) as clusters
					from interpretation i where session_id = ? group by session_id""")
				.param(session)
				.query()
				.singleRow();
			assertThat((Long) board.get("readings")).isBetween(8L, 12L);
			assertThat(board.get("departments")).isEqualTo(4L);
			assertThat((Long) board.get("on_signals")).isGreaterThan(4L);
			assertThat((Long) board.get("on_events")).isPositive();
			assertThat((Long) board.get("votes")).isPositive();
			assertThat(board.get("clusters")).isEqualTo(2L);
		}
		long readDifferently = this.jdbc.sql("""
				select count(*) from interpretation churn join interpretation upsell
				  on upsell.session_id = churn.session_id and upsell.customer_id = churn.customer_id
				where churn.session_id = any(?) and churn.department = 'SUPPORT' and churn.category = 'CHURN_RISK'
				  and upsell.department = 'SALES' and upsell.category = 'UPSELL_READINESS'""")
			.param(ended().toArray(Long[]::new))
			.query(Long.class)
			.single();
		assertThat(readDifferently).as("support reads churn where sales reads upsell").isPositive();
	}

	@Test
	void theEndedSessionsLearnedInsightsWithEvidenceAndAgreedActionsOneOverdue() {
		List<Map<String, Object>> insights = this.jdbc.sql("""
				select i.session_id, i.status, cardinality(i.departments) as departments,
				       cardinality(i.segments) as segments, cardinality(i.tags) as tags, i.test_plan,
				       (select count(*) from insight_evidence e where e.insight_id = i.id
				          and e.interpretation_id in (select id from interpretation where session_id = i.session_id))
				          as evidence,
				       (select count(*) from insight_status_change c where c.insight_id = i.id) as changes
				from insight i where i.session_id = any(?)""").param(ended().toArray(Long[]::new)).query().listOfRows();
		assertThat(insights).extracting((i) -> i.get("status"))
			.contains("VALIDATED", "HYPOTHESIS", "REFUTED")
			.hasSizeBetween(4, 6);
		for (long session : ended()) {
			assertThat(insights).filteredOn((i) -> i.get("session_id").equals(session)).hasSizeBetween(2, 3);
		}
		assertThat(insights).allSatisfy((i) -> {
			assertThat((Long) i.get("evidence")).isPositive();
			assertThat((Integer) i.get("departments")).isPositive();
			assertThat((Integer) i.get("segments")).isPositive();
			assertThat((Integer) i.get("tags")).isPositive();
			assertThat(i.get("test_plan")).isNotNull();
			assertThat(i.get("changes")).isEqualTo(i.get("status").equals("HYPOTHESIS") ? 1L : 2L);
		});

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<Map<String, Object>> actions = this.jdbc.sql("""
				select status, due_on, outcome_note, owner_id from action_item
				where session_id = any(?) and insight_id is not null""")
			.param(ended().toArray(Long[]::new))
			.query()
			.listOfRows();
		assertThat(actions).anySatisfy((a) -> {
			assertThat(a.get("status")).isEqualTo("DONE");
			assertThat(a.get("outcome_note")).isNotNull();
		}).anySatisfy((a) -> {
			assertThat(a.get("status")).isEqualTo("OPEN");
			assertThat(date(a.get("due_on"))).as("overdue").isBefore(today);
		}).anySatisfy((a) -> {
			assertThat(a.get("status")).isEqualTo("OPEN");
			assertThat(date(a.get("due_on"))).as("due within a week or so").isBetween(today, today.plusDays(9));
		});
		assertThat(actions).extracting((a) -> a.get("owner_id"))
			.contains(userId("manager@demo.test"), userId("sales@demo.test"), userId("support@demo.test"));
	}

	@Test
	void theNextSessionsRecapShowsLastWeeksInsightsAndTheOverdueAction() throws Exception {
		long next = this.series.get(2);
		this.mvc
			.perform(get("/sessions/{id}/recap", next).with(user(this.users.loadUserByUsername("manager@demo.test"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A drop in logins and unopened product e-mails")))
			.andExpect(content().string(matchesPattern("(?s).*<li data-testid=\"recap-action\" "
					+ "class=\"text-danger fw-semibold\">\\s*<span>Tag seat-reduction tickets.*Overdue.*")));
	}

	@Test
	void seedingAgainWritesNothingTwice() {
		Map<String, Object> before = counts();

		assertThat(this.demo.seed(this.workspaceId)).isEmpty();
		this.demo.afterSingletonsInstantiated();
		this.transactions
			.executeWithoutResult((tx) -> this.events.publishEvent(new DemoSessionsCreated(this.workspaceId, ended())));
		this.moduleEvents.awaitHandled();

		assertThat(counts()).isEqualTo(before);
		assertThat(before.get("series")).isEqualTo(1L);
	}

	private Map<String, Object> counts() {
		return this.jdbc.sql("""
				select (select count(*) from session_series where workspace_id = :w and title = :title) as series,
				       (select count(*) from practice_session where workspace_id = :w) as sessions,
				       (select count(*) from interpretation where workspace_id = :w) as interpretations,
				       (select count(*) from insight where workspace_id = :w) as insights,
				       (select count(*) from insight_status_change c join insight i on i.id = c.insight_id
				         where i.workspace_id = :w) as changes,
				       (select count(*) from action_item where workspace_id = :w) as actions""")
			.param("w", this.workspaceId)
			.param("title", DemoHistory.SERIES)
			.query()
			.singleRow();
	}

	private List<Long> ended() {
		return this.series.subList(0, 2);
	}

	private long userId(String email) {
		return this.jdbc.sql("select id from app_user where lower(email) = ?").param(email).query(Long.class).single();
	}

	private static double daysFromNow(Object timestamp) {
		return Duration.between(Instant.now(), ((java.sql.Timestamp) timestamp).toInstant()).toHours() / 24.0;
	}

	private static long overrun(Map<String, Object> item) {
		return ((Integer) item.get("elapsed_seconds")) - ((Integer) item.get("planned_minutes")) * 60L;
	}

	private static LocalDate date(Object value) {
		return ((java.sql.Date) value).toLocalDate();
	}

}
