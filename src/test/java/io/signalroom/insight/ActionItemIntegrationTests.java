package io.signalroom.insight;

import java.util.List;

import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
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
 * Adding action items to a session from its run page: validation, the past-date warning,
 * who may add them, and the live event that makes every open page fetch the list again.
 */
@IntegrationTest
class ActionItemIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	JdbcClient jdbc;

	Team team;

	long sessionId;

	@BeforeEach
	void liveSession() {
		this.team = this.fixtures.team();
		this.sessionId = this.fixtures.session(this.team, "Quiet onboarding accounts", true);
	}

	MockHttpServletRequestBuilder add(CurrentMember as, String title, long ownerId) {
		return post("/sessions/{id}/actions", this.sessionId).with(csrf())
			.with(this.signals.as(as))
			.header("HX-Request", "true")
			.param("title", title)
			.param("ownerId", String.valueOf(ownerId));
	}

	List<String> titles() {
		return this.jdbc.sql("select title from action_item where session_id = ? order by id")
			.param(this.sessionId)
			.query(String.class)
			.list();
	}

	@Test
	void aFacilitatorAddsAnActionAndEveryPageOfTheSessionIsToldToFetchTheListAgain() throws Exception {
		long insight = this.fixtures.insight(this.team, this.sessionId, "Logins drop two weeks before churn");
		this.mvc
			.perform(add(this.team.fran(), "Call Acme's champion", this.team.sam().userId())
				.param("dueOn", this.fixtures.today().plusDays(3).toString())
				.param("insightId", String.valueOf(insight))
				.param("customerId", String.valueOf(this.team.acme())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Action item added.")));
		assertThat(titles()).containsExactly("Call Acme's champion");
		List<String> events = this.jdbc.sql("select name from live_event where topic = ? order by id")
			.param("ws" + this.team.admin().workspaceId() + ".session-" + this.sessionId)
			.query(String.class)
			.list();
		assertThat(events).contains("actions-changed");
		this.mvc.perform(get("/sessions/{id}/actions", this.sessionId).with(this.signals.as(this.team.pat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Call Acme&#39;s champion")))
			.andExpect(content().string(containsString("Sam")))
			.andExpect(content().string(containsString("Acme Quiet")))
			.andExpect(content().string(containsString("from: Logins drop two weeks before churn")));
	}

	@Test
	void aDueDateInThePastIsWarnedAboutAndSavedOnlyOnceConfirmed() throws Exception {
		String yesterday = this.fixtures.today().minusDays(1).toString();
		this.mvc
			.perform(
					add(this.team.fran(), "Send the renewal offer", this.team.sam().userId()).param("dueOn", yesterday))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The due date " + yesterday + " lies in the past.")))
			.andExpect(content().string(containsString("name=\"confirmPastDue\"")))
			// what was typed is kept
			.andExpect(content().string(containsString("value=\"Send the renewal offer\"")));
		assertThat(titles()).isEmpty();
		this.mvc
			.perform(add(this.team.fran(), "Send the renewal offer", this.team.sam().userId()).param("dueOn", yesterday)
				.param("confirmPastDue", "true"))
			.andExpect(status().isOk());
		assertThat(titles()).containsExactly("Send the renewal offer");
	}

	@Test
	void anOwnerFromAnotherWorkspaceOrAnUnknownOwnerIsRefused() throws Exception {
		CurrentMember stranger = this.signals.newWorkspace();
		this.mvc.perform(add(this.team.fran(), "Ask the stranger", stranger.userId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose an owner from the active members of this workspace.")));
		this.mvc.perform(add(this.team.fran(), "Ask nobody", 987_654_321L))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose an owner from the active members of this workspace.")));
		this.mvc
			.perform(post("/sessions/{id}/actions", this.sessionId).with(csrf())
				.with(this.signals.as(this.team.fran()))
				.header("HX-Request", "true")
				.param("title", "No owner at all")
				.param("ownerId", "not-a-number"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose an owner from the list.")));
		assertThat(titles()).isEmpty();
	}

	@Test
	void anOverlongOrBlankTitleIsRefusedWithAMessage() throws Exception {
		this.mvc.perform(add(this.team.fran(), "x".repeat(201), this.team.sam().userId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("An action item may be at most 200 characters.")));
		this.mvc.perform(add(this.team.fran(), "   ", this.team.sam().userId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Say what needs doing.")));
		assertThat(titles()).isEmpty();
		this.mvc.perform(add(this.team.fran(), "y".repeat(200), this.team.sam().userId())).andExpect(status().isOk());
		assertThat(titles()).containsExactly("y".repeat(200));
	}

	@Test
	void anInsightOfAnotherSessionOrACustomerNotUnderReviewIsRefused() throws Exception {
		long other = this.fixtures.session(this.team, "Another session", false);
		long foreignInsight = this.fixtures.insight(this.team, other, "Belongs elsewhere");
		long otherCustomer = this.signals.customer(this.team.admin(), "Not Reviewed",
				io.signalroom.customer.LifecycleStage.ACTIVE);
		this.mvc
			.perform(add(this.team.fran(), "Linked wrongly", this.team.sam().userId()).param("insightId",
					String.valueOf(foreignInsight)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose one of this session&#39;s insights, or none.")));
		this.mvc
			.perform(add(this.team.fran(), "Linked wrongly", this.team.sam().userId()).param("customerId",
					String.valueOf(otherCustomer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose one of the customers under review in this session")));
		assertThat(titles()).isEmpty();
	}

	@Test
	void participantsAndManagersSeeTheListButOnlyFacilitatorsAndAdminsAddToIt() throws Exception {
		this.mvc.perform(add(this.team.sam(), "Sam tries", this.team.sam().userId())).andExpect(status().isForbidden());
		this.mvc.perform(get("/sessions/{id}/actions/new", this.sessionId).with(this.signals.as(this.team.sam())))
			.andExpect(status().isForbidden());
		this.mvc.perform(add(this.team.mia(), "Mia tries", this.team.sam().userId())).andExpect(status().isForbidden());
		this.mvc.perform(add(this.team.admin(), "The admin adds", this.team.sam().userId())).andExpect(status().isOk());
		assertThat(titles()).containsExactly("The admin adds");
		this.mvc.perform(get("/sessions/{id}/actions", this.sessionId).with(this.signals.as(this.team.mia())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The admin adds")));
	}

	@Test
	void anotherWorkspacesSessionIsNotFound() throws Exception {
		CurrentMember stranger = this.signals.newWorkspace();
		this.mvc.perform(get("/sessions/{id}/actions", this.sessionId).with(this.signals.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(add(stranger, "Sneaky", stranger.userId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/recap", this.sessionId).with(this.signals.as(stranger)))
			.andExpect(status().isNotFound());
		assertThat(titles()).isEmpty();
	}

	@Test
	void anEndedSessionTakesNoMoreActionsAndItsListLinksTheSummary() throws Exception {
		this.fixtures.end(this.team, this.sessionId);
		this.mvc.perform(add(this.team.fran(), "Too late", this.team.sam().userId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The session is over")))
			.andExpect(content().string(not(containsString("Action item added."))));
		assertThat(titles()).isEmpty();
		this.mvc.perform(get("/sessions/{id}/actions", this.sessionId).with(this.signals.as(this.team.fran())))
			.andExpect(content().string(containsString("/sessions/" + this.sessionId + "/summary")))
			.andExpect(content().string(containsString("id=\"action-form\" hx-swap-oob=\"true\"")));
	}

	@Test
	void withoutHtmxTheFormIsAPageAndASavedActionRedirectsToTheRunPage() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/actions", this.sessionId).with(csrf())
				.with(this.signals.as(this.team.fran()))
				.param("title", "Plain form")
				.param("ownerId", String.valueOf(this.team.pat().userId())))
			.andExpect(redirectedUrl("/sessions/" + this.sessionId + "/run"));
		this.mvc
			.perform(post("/sessions/{id}/actions", this.sessionId).with(csrf())
				.with(this.signals.as(this.team.fran()))
				.param("title", "")
				.param("ownerId", String.valueOf(this.team.pat().userId())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<title>Add an action item")))
			.andExpect(content().string(containsString("Say what needs doing.")));
		assertThat(titles()).containsExactly("Plain form");
	}

}
