package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.SessionPlan;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The run page and the facilitator's console, on the real database.
 */
@IntegrationTest
class RunIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Autowired
	PracticeSessions sessions;

	@Autowired
	JdbcClient jdbc;

	CurrentMember fran;

	CurrentMember sam;

	CurrentMember outsider;

	long sessionId;

	@BeforeEach
	void liveSession() {
		CurrentMember admin = this.fixtures.newWorkspace();
		this.fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.outsider = this.fixtures.member(admin, Role.PARTICIPANT, Department.SUPPORT, "Otto");
		this.sessionId = this.planning
			.create(this.fran,
					new SessionPlan("Quiet onboarding accounts", null, LearningGoal.EARLY_CHURN_DETECTION,
							AgendaTemplate.STANDARD, this.fran.userId(), 60,
							List.of(new Participant(this.sam.userId(), Department.SALES))),
					Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE)
			.getId();
	}

	MockHttpServletRequestBuilder console(String action) {
		return post("/sessions/{id}/run/" + action, this.sessionId).with(csrf()).with(this.fixtures.as(this.fran));
	}

	long currentItemId() {
		SessionView view = this.sessions.view(this.fran, this.sessionId);
		return view.agenda().get(view.currentItem()).id();
	}

	@Test
	void aParticipantSeesTheRunPageWithTheAgendaButNoConsole() throws Exception {
		this.mvc.perform(console("start")).andExpect(redirectedUrl("/sessions/" + this.sessionId + "/run"));
		this.mvc.perform(get("/sessions/{id}/run", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"timer\"")))
			.andExpect(content().string(containsString(
					"sse-connect=\"/live/ws" + this.fran.workspaceId() + ".session-" + this.sessionId + "\"")))
			.andExpect(content().string(not(containsString("data-testid=\"console\""))));
	}

	@Test
	void theTimerSurvivesAReloadBecauseItIsRecomputedFromTheDatabase() throws Exception {
		this.mvc.perform(console("start"));
		// as if the item had been running for 90 seconds when the page is loaded again
		this.jdbc.sql("update agenda_item set running_since = running_since - interval '90 seconds' where id = ?")
			.param(currentItemId())
			.update();
		SessionView view = this.sessions.view(this.sam, this.sessionId);
		SessionView.Item opening = view.agenda().get(0);
		assertThat(opening.remainingSeconds()).isBetween(opening.plannedMinutes() * 60L - 95,
				opening.plannedMinutes() * 60L - 90);
		this.mvc.perform(get("/sessions/{id}/run/stage", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("data-remaining=\"" + opening.remainingSeconds())));
	}

	@Test
	void anOverrunningItemShowsInColourAfterPauseResumeAndExtend() throws Exception {
		this.mvc.perform(console("start"));
		long item = currentItemId();
		int planned = this.sessions.view(this.fran, this.sessionId).agenda().get(0).plannedMinutes();
		this.jdbc.sql("update agenda_item set running_since = running_since - make_interval(secs => ?) where id = ?")
			.param(planned * 60 + 30)
			.param(item)
			.update();
		this.mvc.perform(console("pause"));
		this.mvc.perform(get("/sessions/{id}/run/stage", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("border-danger")))
			.andExpect(content().string(containsString(">+00:3")));
		this.mvc.perform(console("resume"));
		this.mvc.perform(console("extend"));
		SessionView.Item opening = this.sessions.view(this.fran, this.sessionId).agenda().get(0);
		assertThat(opening.extraMinutes()).isEqualTo(5);
		assertThat(opening.remainingSeconds()).isBetween(5 * 60L - 35, 5 * 60L - 30);
	}

	@Test
	void aDoubleClickOnNextAdvancesOnce() throws Exception {
		this.mvc.perform(console("start"));
		long first = currentItemId();
		this.mvc.perform(console("next").param("itemId", String.valueOf(first)));
		this.mvc.perform(console("next").param("itemId", String.valueOf(first)).header("HX-Request", "true"))
			.andExpect(status().isOk());
		SessionView view = this.sessions.view(this.fran, this.sessionId);
		assertThat(view.currentItem()).isEqualTo(1);
		assertThat(view.agenda().get(0).actualEndedAt()).isNotNull();
	}

	@Test
	void pausingASessionThatIsNotLiveIsRefusedWithAMessage() throws Exception {
		this.mvc.perform(console("pause").header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The session is not live.")));
	}

	@Test
	void aParticipantCannotWorkTheConsole() throws Exception {
		this.mvc.perform(post("/sessions/{id}/run/start", this.sessionId).with(csrf()).with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
		assertThat(this.sessions.view(this.fran, this.sessionId).status()).isEqualTo(SessionStatus.PLANNED);
	}

	@Test
	void anotherWorkspacesSessionAndItsTopicAreNotFound() throws Exception {
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc.perform(get("/sessions/{id}/run", this.sessionId).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/sessions/{id}/run/start", this.sessionId).with(csrf()).with(this.fixtures.as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberWhoIsNotInTheSessionCannotOpenItsRunPageNorFollowItsTopic() throws Exception {
		this.mvc.perform(get("/sessions/{id}/run", this.sessionId).with(this.fixtures.as(this.outsider)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/live/ws{ws}.session-{id}", this.fran.workspaceId(), this.sessionId)
				.with(this.fixtures.as(this.outsider)))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyConsoleActionPublishesALiveEventOnTheSessionTopic() throws Exception {
		this.mvc.perform(console("start"));
		this.mvc.perform(console("extend"));
		List<String> names = this.jdbc.sql("select name from live_event where topic = ? order by id")
			.param("ws" + this.fran.workspaceId() + ".session-" + this.sessionId)
			.query(String.class)
			.list();
		assertThat(names).containsExactly("stage-changed", "stage-changed");
	}

	@Test
	void theOpeningItemShowsThePreviousSessionOfTheSeries() throws Exception {
		long first = this.planning
			.create(this.fran,
					new SessionPlan("Weekly churn review", null, LearningGoal.EARLY_CHURN_DETECTION,
							AgendaTemplate.STANDARD, this.fran.userId(), 60, List.of()),
					Instant.parse("2031-06-02T09:00:00Z"), Cadence.WEEKLY)
			.getId();
		long second = this.planning.list(this.fran)
			.open()
			.stream()
			.filter((s) -> s.getSeriesId() != null && s.getId() != first && "Weekly churn review".equals(s.getFocus()))
			.mapToLong((s) -> s.getId())
			.min()
			.orElseThrow();
		this.mvc.perform(get("/sessions/{id}/run", second).with(this.fixtures.as(this.fran)))
			.andExpect(content().string(containsString("data-testid=\"recap\"")))
			.andExpect(content().string(containsString("/sessions/" + first + "\"")));
	}

	@Test
	void twoFacilitatorTabsPressingNextAtOnceAdvanceOnceWithoutAnError() throws Exception {
		this.mvc.perform(console("start"));
		long first = currentItemId();
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
			for (int tab = 0; tab < 2; tab++) {
				statuses.add(tabs.submit(() -> {
					go.await();
					return this.mvc.perform(console("next").param("itemId", String.valueOf(first)))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			go.countDown();
			for (java.util.concurrent.Future<Integer> status : statuses) {
				assertThat(status.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			tabs.shutdownNow();
		}
		assertThat(this.sessions.view(this.fran, this.sessionId).currentItem()).isEqualTo(1);
	}

}
