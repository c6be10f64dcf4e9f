package io.signalroom.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.session.planning.SessionPlanning;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Linking an interpretation to one of the chosen customer's timeline events: the form
 * offers the customer's recent events, the server checks the event is that customer's,
 * and the board names it.
 */
@IntegrationTest
class InterpretationEvidenceIntegrationTests {

	static final Instant MONDAY = Instant.parse("2031-04-07T09:00:00Z");

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

	LiveSessionMother s;

	@BeforeEach
	void liveSession() {
		this.s = LiveSessionMother.live(this.fixtures, this.planning, this.sessions);
	}

	long event(long customerId, Instant at, EventType type) {
		return event(this.s.admin(), customerId, at, type);
	}

	/** Adds an event to the customer's timeline; returns its id. */
	long event(CurrentMember in, long customerId, Instant at, EventType type) {
		this.fixtures.event(in, customerId, at, type);
		return this.jdbc.sql("select max(id) from timeline_event where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

	String about(CurrentMember viewer, long customerId) throws Exception {
		return this.mvc
			.perform(get("/sessions/{id}/run/about", this.s.sessionId()).with(this.fixtures.as(viewer))
				.header("HX-Request", "true")
				.param("customerId", String.valueOf(customerId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	ResultActions interpret(long customerId, String about, String text) throws Exception {
		return this.mvc.perform(post("/sessions/{id}/run/interpretations", this.s.sessionId()).with(csrf())
			.with(this.fixtures.as(this.s.sam()))
			.header("HX-Request", "true")
			.param("customerId", String.valueOf(customerId))
			.param("about", about)
			.param("text", text)
			.param("category", "FRICTION")
			.param("confidence", "3"));
	}

	long interpretations() {
		return this.jdbc.sql("select count(*) from interpretation where session_id = ?")
			.param(this.s.sessionId())
			.query(Long.class)
			.single();
	}

	@Test
	void theFormOffersTheChosenCustomersFiftyMostRecentEventsNewestFirst() throws Exception {
		long oldest = event(this.s.customerId(), MONDAY, EventType.LOGIN);
		for (int day = 1; day <= 50; day++) {
			event(this.s.customerId(), MONDAY.plus(day, ChronoUnit.HOURS), EventType.FEATURE_USED);
		}
		long newest = event(this.s.customerId(), MONDAY.plus(3, ChronoUnit.DAYS), EventType.TICKET_OPENED);
		long othersEvent = event(this.s.otherCustomerId(), MONDAY, EventType.DEMO_BOOKED);

		String acme = about(this.s.sam(), this.s.customerId());
		assertThat(acme.split("value=\"event-", -1)).hasSize(51);
		assertThat(acme).contains("value=\"event-" + newest + "\"")
			.doesNotContain("value=\"event-" + oldest + "\"")
			.doesNotContain("value=\"event-" + othersEvent + "\"")
			.contains("2031-04-10 · Ticket opened: TICKET_OPENED at 2031-04-10T09:00:00Z");
		assertThat(acme.indexOf("event-" + newest)).isLessThan(acme.indexOf("Feature used"));

		String globex = about(this.s.sam(), this.s.otherCustomerId());
		assertThat(globex).contains("value=\"event-" + othersEvent + "\"").doesNotContain("event-" + newest);
	}

	@Test
	void theRunPageOffersTheFirstCustomersEventsAndReloadsThemWhenTheCustomerChanges() throws Exception {
		long acmeEvent = event(this.s.customerId(), MONDAY, EventType.TICKET_OPENED);
		this.mvc.perform(get("/sessions/{id}/run", this.s.sessionId()).with(this.fixtures.as(this.s.sam())))
			.andExpect(content().string(containsString("value=\"event-" + acmeEvent + "\"")))
			.andExpect(content().string(containsString("hx-get=\"/sessions/" + this.s.sessionId() + "/run/about\"")));
	}

	@Test
	void anInterpretationLinkedToAnEventShowsTheEventOnEveryBoard() throws Exception {
		long ticket = event(this.s.customerId(), MONDAY, EventType.TICKET_ESCALATED);
		interpret(this.s.customerId(), "event-" + ticket, "The escalation shows they are stuck")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Logged. It is on the board.")));
		assertThat(this.jdbc.sql("select timeline_event_id from interpretation where session_id = ?")
			.param(this.s.sessionId())
			.query(Long.class)
			.single()).isEqualTo(ticket);
		this.mvc.perform(get("/sessions/{id}/run/board", this.s.sessionId()).with(this.fixtures.as(this.s.pat())))
			.andExpect(content().string(containsString("The escalation shows they are stuck")))
			.andExpect(content().string(containsString(
					"On the event Ticket escalated of 2031-04-07: TICKET_ESCALATED at 2031-04-07T09:00:00Z")));
	}

	@Test
	void anEventOfAnotherCustomerOrWorkspaceIsRefusedAndNothingIsLogged() throws Exception {
		long globexEvent = event(this.s.otherCustomerId(), MONDAY, EventType.CALL);
		interpret(this.s.customerId(), "event-" + globexEvent, "Wrong customer")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That event is not one of the chosen customer")));
		CurrentMember stranger = this.fixtures.newWorkspace();
		long strangersCustomer = this.fixtures.customer(stranger, "Initech", LifecycleStage.ACTIVE);
		long strangersEvent = event(stranger, strangersCustomer, MONDAY, EventType.CALL);
		interpret(this.s.customerId(), "event-" + strangersEvent, "Guessed id")
			.andExpect(status().isUnprocessableContent());
		interpret(this.s.customerId(), "event-" + Long.MAX_VALUE, "No such event")
			.andExpect(status().isUnprocessableContent());
		assertThat(interpretations()).isZero();
	}

	@Test
	void theEventChoiceOfAnotherWorkspacesSessionIsNotFoundAndACustomerNotUnderReviewHasNone() throws Exception {
		long acmeEvent = event(this.s.customerId(), MONDAY, EventType.CALL);
		CurrentMember stranger = this.fixtures.newWorkspace();
		this.mvc
			.perform(get("/sessions/{id}/run/about", this.s.sessionId()).with(this.fixtures.as(stranger))
				.param("customerId", String.valueOf(this.s.customerId())))
			.andExpect(status().isNotFound());
		long notReviewed = this.fixtures.customer(this.s.admin(), "Hooli", LifecycleStage.LEAD);
		long hooliEvent = event(notReviewed, MONDAY, EventType.CALL);
		String hooli = about(this.s.sam(), notReviewed);
		// an unknown customer falls back to the first under review
		assertThat(hooli).doesNotContain("event-" + hooliEvent).contains("event-" + acmeEvent);
	}

}
