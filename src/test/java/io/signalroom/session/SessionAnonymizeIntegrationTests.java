package io.signalroom.session;

import java.time.Instant;
import java.util.List;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.TestCustomers;
import io.signalroom.session.planning.AgendaTemplate;
import io.signalroom.session.planning.Cadence;
import io.signalroom.session.planning.Participant;
import io.signalroom.session.planning.PracticeSession;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The per-session switch shows a session's customers under pseudonyms even when the
 * workspace shows names, and only facilitators may flip it.
 */
@IntegrationTest
class SessionAnonymizeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SessionPlanning planning;

	@Autowired
	TestCustomers testCustomers;

	CurrentMember fran;

	CurrentMember sam;

	long customer;

	long sessionId;

	@BeforeEach
	void sessionWithACustomer() {
		CurrentMember admin = this.fixtures.newWorkspace();
		this.fran = this.fixtures.member(admin, Role.FACILITATOR, Department.MARKETING, "Fran");
		this.sam = this.fixtures.member(admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.customer = this.fixtures.customer(admin, "Zebra Zanzibar Ltd", LifecycleStage.ACTIVE);
		PracticeSession session = this.planning.create(this.fran,
				new SessionPlan("Quiet accounts", null, LearningGoal.EARLY_CHURN_DETECTION, AgendaTemplate.STANDARD,
						this.fran.userId(), 60, List.of(new Participant(this.sam.userId(), Department.SALES))),
				Instant.parse("2031-05-06T14:30:00Z"), Cadence.ONCE);
		this.sessionId = session.getId();
		this.planning.addCustomers(this.fran, this.sessionId, List.of(this.customer));
	}

	@Test
	void theSwitchReplacesCustomerNamesOnTheSessionPage() throws Exception {
		this.mvc.perform(get("/sessions/{id}", this.sessionId).with(this.fixtures.as(this.sam)))
			.andExpect(content().string(containsString("Zebra Zanzibar Ltd")));

		this.mvc
			.perform(post("/sessions/{id}/anonymize", this.sessionId).param("on", "true")
				.with(csrf())
				.with(this.fixtures.as(this.fran)))
			.andExpect(status().is3xxRedirection());

		for (String page : new String[] { "/sessions/{id}", "/sessions/{id}/run" }) {
			this.mvc.perform(get(page, this.sessionId).with(this.fixtures.as(this.sam)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Zebra Zanzibar Ltd"))))
				.andExpect(content()
					.string(containsString(this.testCustomers.pseudonymOf(this.fran.workspaceId(), this.customer))));
		}
	}

	@Test
	void aParticipantCannotFlipTheSwitch() throws Exception {
		this.mvc
			.perform(post("/sessions/{id}/anonymize", this.sessionId).param("on", "true")
				.with(csrf())
				.with(this.fixtures.as(this.sam)))
			.andExpect(status().isForbidden());
	}

}
