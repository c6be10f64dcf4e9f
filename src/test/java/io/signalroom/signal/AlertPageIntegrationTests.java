package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.TestCustomers;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A participant rates a detected signal from its alert page, and the rating shows on the
 * signal type's page with the participant's department.
 */
@IntegrationTest
class AlertPageIntegrationTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	SignalTaxonomy facade;

	@Autowired
	MockMvc mvc;

	@Autowired
	AlertInbox alerts;

	@Autowired
	TestCustomers testCustomers;

	CurrentMember admin;

	long type;

	long alert;

	long customerId;

	@BeforeEach
	void anAlert() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
		long customer = this.fixtures.customer(this.admin, "Rated Ltd", LifecycleStage.ACTIVE);
		for (int day = 1; day <= 3; day++) {
			this.fixtures.event(this.admin, customer, AS_OF.minus(Duration.ofDays(day)), LOGIN);
		}
		this.type = this.fixtures.ruleType(this.admin, "Rated burst", DetectionRule.of(threshold(3, 7, LOGIN)));
		this.detection.evaluateAll(this.admin.workspaceId());
		this.alert = this.facade.detectedSignalsFor(this.admin.workspaceId(), customer, CustomerLens.workspace())
			.get(0)
			.id();
		this.customerId = customer;
	}

	@Test
	void anAlertIsAssignedOnlyToAnActiveMemberOfTheWorkspace() {
		CurrentMember sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		CurrentMember stranger = this.fixtures.member(this.fixtures.newWorkspace(), Role.PARTICIPANT, Department.SALES,
				"Stranger");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.alerts.assign(this.admin, this.alert, stranger.userId()));
		this.alerts.assign(this.admin, this.alert, sam.userId());
		assertThat(this.alerts.get(this.admin, this.alert).assigneeName()).isEqualTo("Sam");
	}

	@Test
	void theRatingFormOnAnAlertPostsToItsSignalType() throws Exception {
		this.mvc.perform(get("/alerts/{id}", this.alert).with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/signals/" + this.type + "/scorecards\"")));
	}

	@Test
	void anAnonymizingWorkspaceShowsPseudonymsInTheInboxAndOnTheAlert() throws Exception {
		this.mvc.perform(
				post("/settings/customers").param("anonymize", "true").with(csrf()).with(this.fixtures.as(this.admin)))
			.andExpect(status().is3xxRedirection());
		long customer = this.facade
			.detectedSignalsFor(this.admin.workspaceId(), this.customerId, CustomerLens.workspace())
			.get(0)
			.customerId();

		for (String page : new String[] { "/alerts", "/alerts/" + this.alert, "/signals/" + this.type }) {
			this.mvc.perform(get(page).with(this.fixtures.as(this.admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Rated Ltd"))))
				.andExpect(content()
					.string(containsString(this.testCustomers.pseudonymOf(this.admin.workspaceId(), customer))));
		}
	}

	@Test
	void aParticipantsRatingOfTheAlertShowsOnTheTypePageUnderTheirDepartment() throws Exception {
		CurrentMember sam = this.fixtures.member(this.admin, Role.PARTICIPANT, Department.SALES, "Sam");
		this.mvc
			.perform(post("/signals/{id}/scorecards", this.type).with(this.fixtures.as(sam))
				.with(csrf())
				.param("detectedSignalId", String.valueOf(this.alert))
				.param("frequency", "4")
				.param("intensity", "3")
				.param("urgency", "5")
				.param("sentiment", "NEGATIVE")
				.param("comment", "Call them this week"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/signals/{id}", this.type).with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Call them this week")))
			.andExpect(content().string(containsString("Sales")));
	}

	@Test
	void aResolvedAlertIsListedUnderResolvedWithWhenAndCannotBeHandledAnyMore() throws Exception {
		// ten days on, the three logins have left the rule's seven-day window
		long later = this.fixtures.customer(this.admin, "Later Inc", LifecycleStage.CHURNED);
		this.fixtures.event(this.admin, later, AS_OF.plus(Duration.ofDays(10)), NOTE);
		this.detection.evaluateAll(this.admin.workspaceId());

		this.mvc.perform(get("/alerts").with(this.fixtures.as(this.admin)))
			.andExpect(content().string(not(containsString("Rated Ltd"))));
		this.mvc.perform(get("/alerts").param("show", "RESOLVED").with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rated Ltd")))
			.andExpect(content().string(containsString(">Resolved</span>")));
		this.mvc.perform(get("/alerts/{id}", this.alert).with(this.fixtures.as(this.admin)))
			.andExpect(content().string(containsString("data-testid=\"resolved\"")))
			.andExpect(content().string(containsString("no longer matched")))
			.andExpect(content().string(not(containsString("/acknowledge"))))
			.andExpect(content().string(not(containsString("/dismiss"))));

		// posted from the alert's page, as a browser does, the refusal leads back there
		String page = "/alerts/" + this.alert;
		this.mvc
			.perform(post("/alerts/{id}/acknowledge", this.alert).with(csrf())
				.with(this.fixtures.as(this.admin))
				.header("Referer", "http://localhost" + page))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("errorKey", "alert.closed"));
		this.mvc
			.perform(post("/alerts/{id}/dismiss", this.alert).with(csrf())
				.with(this.fixtures.as(this.admin))
				.header("Referer", "http://localhost" + page)
				.param("reason", "too late"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("errorKey", "alert.closed"));
		this.mvc.perform(post("/alerts/{id}/acknowledge", this.alert).with(csrf()).with(this.fixtures.as(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This alert is already closed")));
		assertThat(this.alerts.get(this.admin, this.alert).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(this.alerts.get(this.admin, this.alert).dismissReason()).isNull();
	}

	@Test
	void theInboxFiltersByStatusAndDepartmentTogether() throws Exception {
		this.alerts.dismiss(this.admin, this.alert, "Seen it");
		this.mvc.perform(get("/alerts").param("show", "DISMISSED").with(this.fixtures.as(this.admin)))
			.andExpect(content().string(containsString("Rated Ltd")));
		this.mvc.perform(
				get("/alerts").param("show", "DISMISSED").param("department", "UX").with(this.fixtures.as(this.admin)))
			.andExpect(content().string(not(containsString("Rated Ltd"))));
		this.mvc.perform(get("/alerts").param("show", "RESOLVED").with(this.fixtures.as(this.admin)))
			.andExpect(content().string(not(containsString("Rated Ltd"))))
			.andExpect(content().string(containsString("No resolved alerts here")));
	}

}
