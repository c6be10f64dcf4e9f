package io.signalroom.workspace.home;

import java.time.Instant;

import io.signalroom.insight.ActionFixtures;
import io.signalroom.insight.ActionFixtures.Team;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page lists what waits for the member who opens it: their running or next
 * session, their overdue and open action items, the open alerts for their department and
 * the signal types due for review — each with a link, and nothing that belongs to others.
 */
@IntegrationTest
class HomePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActionFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	SignalDetection detection;

	@Autowired
	JdbcClient jdbc;

	Team team;

	@BeforeEach
	void team() {
		this.team = this.fixtures.team();
	}

	ResultActions home(CurrentMember member) throws Exception {
		return this.mvc.perform(get("/").with(this.signals.as(member))).andExpect(status().isOk());
	}

	@Test
	void aRunningSessionCallsItsParticipantsButNotOthers() throws Exception {
		long id = this.fixtures.session(this.team, "Renewals <b>at risk</b>", true);
		home(this.team.sam())
			.andExpect(content().string(containsString("“Renewals &lt;b&gt;at risk&lt;/b&gt;” is running now.")))
			.andExpect(content().string(containsString("href=\"/sessions/" + id + "/run\"")));
		home(this.team.mia()).andExpect(content().string(not(containsString("is running now"))));
	}

	@Test
	void aPlannedSessionIsTheNextOneAndAFacilitatorWithoutOneIsAskedToPlan() throws Exception {
		home(this.team.fran()).andExpect(content().string(containsString("No session of yours is planned.")))
			.andExpect(content().string(containsString("href=\"/sessions/new\"")));
		long id = this.fixtures.session(this.team, "Quiet onboarding accounts", false);
		home(this.team.fran())
			.andExpect(content().string(containsString("Your next session: “Quiet onboarding accounts”")))
			.andExpect(content().string(containsString("href=\"/sessions/" + id + "\"")))
			.andExpect(content().string(not(containsString("No session of yours is planned."))));
		home(this.team.pat())
			.andExpect(content().string(containsString("Your next session: “Quiet onboarding accounts”")));
		home(this.team.mia()).andExpect(content().string(not(containsString("Your next session"))));
	}

	@Test
	void overdueAndOpenActionsAreCountedForTheirOwnerOnly() throws Exception {
		long session = this.fixtures.session(this.team, "Renewals", true);
		var today = this.fixtures.today();
		this.fixtures.action(this.team, session, "Call Acme", this.team.sam(), today.minusDays(3));
		this.fixtures.action(this.team, session, "Send the deck", this.team.sam(), today.plusDays(2));
		this.fixtures.action(this.team, session, "Write the recap", this.team.sam(), null);
		home(this.team.sam()).andExpect(content().string(containsString("One of your action items is overdue.")))
			.andExpect(content().string(containsString("href=\"/actions/mine?show=overdue\"")))
			.andExpect(content().string(containsString("You have 2 open action items, one due within a week.")));
		home(this.team.pat()).andExpect(content().string(not(containsString("action item"))));
	}

	@Test
	void openAlertsAreCountedForTheDepartmentsTheirSignalTypeNotifies() throws Exception {
		this.signals.retireStarterLibrary(this.team.admin());
		this.signals.event(this.team.admin(), this.team.acme(), Instant.parse("2025-01-10T09:00:00Z"), NOTE);
		long type = this.signals.ruleType(this.team.admin(), "Silent onboarding", DetectionRule.of(absence(10, LOGIN)));
		this.jdbc.sql("update signal_type set notify_departments = ',SUPPORT,' where id = ?").param(type).update();
		this.detection.evaluateAll(this.team.admin().workspaceId());
		home(this.team.pat()).andExpect(content().string(containsString("One open alert notifies Support.")))
			.andExpect(content().string(containsString("href=\"/alerts?department=SUPPORT\"")));
		home(this.team.sam()).andExpect(content().string(not(containsString("open alert"))));
		CurrentMember other = this.signals.member(this.signals.newWorkspace(), Role.PARTICIPANT, Department.SUPPORT,
				"Olga");
		home(other).andExpect(content().string(not(containsString("open alert"))));
	}

}
