package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventType;
import io.signalroom.customer.EventsImported;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.support.TestDatabase;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal module on its own with the modules it uses (customer, workspace): new events
 * in the customer module reach detection through {@code EventsImported}, after the
 * import's commit, and detection answers with {@link DetectionRan}.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@Import(TestDatabase.class)
@TestPropertySource(properties = "signalroom.demo.enabled=false")
class SignalModuleTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalTaxonomy signals;

	@Test
	void importedEventsRaiseAlertsForTheCustomersThatGotThem(Scenario scenario, PublishedEvents events) {
		CurrentMember admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(admin);
		long busy = customerWithLogins(admin, "Busy", 1, 2, 3);
		long quiet = customerWithLogins(admin, "Quiet", 1);
		long type = this.fixtures.ruleType(admin, "Three logins in a week",
				DetectionRule.of(threshold(3, 7, EventType.LOGIN)));

		// DetectionRan is published inside detection's transaction: the alerts are read
		// once that has committed
		scenario.publish(new EventsImported(admin.workspaceId(), Set.of(busy, quiet)))
			.andWaitAtMost(Duration.ofSeconds(60))
			.andWaitForStateChange(
					() -> this.signals.detectedSignalsFor(admin.workspaceId(), busy, CustomerLens.workspace()),
					(alerts) -> !alerts.isEmpty())
			.andVerify((alerts) -> {
				assertThat(alerts).singleElement()
					.satisfies((alert) -> assertThat(alert.signalTypeId()).isEqualTo(type));
				assertThat(this.signals.detectedSignalsFor(admin.workspaceId(), quiet, CustomerLens.workspace()))
					.isEmpty();
			});
		assertThat(events.ofType(DetectionRan.class).matching((ran) -> ran.workspaceId() == admin.workspaceId()))
			.singleElement()
			.satisfies((ran) -> {
				assertThat(ran.customerIds()).containsExactlyInAnyOrder(busy, quiet);
				assertThat(ran.raised()).isOne();
			});
	}

	private long customerWithLogins(CurrentMember admin, String name, int... daysAgo) {
		long id = this.fixtures.customer(admin, name, LifecycleStage.ACTIVE);
		for (int days : daysAgo) {
			this.fixtures.event(admin, id, AS_OF.minus(Duration.ofDays(days)), EventType.LOGIN);
		}
		return id;
	}

}
