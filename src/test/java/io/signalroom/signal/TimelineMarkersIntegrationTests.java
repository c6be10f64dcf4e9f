package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Detected signals show on the customer's timeline, in the week they fired, with their
 * evidence.
 */
@IntegrationTest
class TimelineMarkersIntegrationTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	SignalTaxonomy facade;

	@Autowired
	AlertInbox alerts;

	@Autowired
	MockMvc mvc;

	CurrentMember admin;

	long customer;

	@BeforeEach
	void busyCustomerWithARule() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
		this.customer = this.fixtures.customer(this.admin, "Busy Bee Ltd", LifecycleStage.ACTIVE);
		for (int day = 1; day <= 3; day++) {
			this.fixtures.event(this.admin, this.customer, AS_OF.minus(Duration.ofDays(day)), LOGIN);
		}
		this.fixtures.event(this.admin, this.customer, AS_OF, NOTE);
		this.fixtures.ruleType(this.admin, "Login burst", DetectionRule.of(threshold(3, 7, LOGIN)));
		this.detection.evaluateAll(this.admin.workspaceId());
	}

	@Test
	void aDetectedSignalAppearsOnTheTimelineWithItsEvidence() throws Exception {
		this.mvc.perform(get("/customers/{id}", this.customer).with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"timeline-marker\"")))
			.andExpect(content().string(containsString("Login burst")))
			.andExpect(content().string(containsString("proven by 3 event(s)")))
			.andExpect(content().string(containsString("data-testid=\"week-marker\"")))
			.andExpect(content().string(containsString("evidence: Login burst")));
	}

	@Test
	void aDismissedSignalLeavesTheTimeline() throws Exception {
		long alert = this.facade.detectedSignalsFor(this.admin.workspaceId(), this.customer, CustomerLens.workspace())
			.get(0)
			.id();
		this.alerts.dismiss(this.admin, alert, "Expected during onboarding");

		this.mvc.perform(get("/customers/{id}", this.customer).with(this.fixtures.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"timeline-marker\""))))
			.andExpect(content().string(containsString("No signal has been detected on this customer.")));
	}

}
