package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventType;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.alert.InboxView;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.Evaluation;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.signalroom.customer.EventType.EMAIL_REPLY;
import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open or acknowledged alert whose condition no longer holds when the rules run again
 * is closed as resolved, with the moment; dismissed alerts keep their status and reason;
 * a resolved alert fires again only for new evidence.
 */
@IntegrationTest
class AlertResolutionIntegrationTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	AlertInbox alerts;

	@Autowired
	SignalTaxonomy facade;

	CurrentMember admin;

	long anchor;

	long noLogin;

	@BeforeEach
	void workspaceWithAnAbsenceRule() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
		this.anchor = this.fixtures.customer(this.admin, "Anchor", LifecycleStage.CHURNED);
		this.fixtures.event(this.admin, this.anchor, AS_OF, NOTE);
		this.noLogin = this.fixtures.ruleType(this.admin, "No login for 10 days", DetectionRule.of(absence(10, LOGIN)));
	}

	@Test
	void anOpenAlertIsResolvedOnceTheCustomerNoLongerMatches() {
		long customer = customerWith("Comes back", LOGIN, 15);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(1, 0));

		this.fixtures.event(this.admin, customer, AS_OF, LOGIN);
		assertThat(this.detection.evaluateCustomers(this.admin.workspaceId(), Set.of(customer)))
			.isEqualTo(new Evaluation(0, 1));

		DetectedSignalView alert = only(customer);
		assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(alert.resolvedAt()).isNotNull();
		assertThat(this.alerts.inbox(this.admin, null, InboxView.OPEN, 50)).isEmpty();
		assertThat(this.alerts.inbox(this.admin, null, InboxView.RESOLVED, 50)).extracting(DetectedSignalView::id)
			.containsExactly(alert.id());
		assertThat(this.facade.openAlerts(this.admin.workspaceId(), 50, CustomerLens.workspace())).isEmpty();
	}

	@Test
	void anAcknowledgedAlertIsResolvedButADismissedOneKeepsItsReason() {
		long acknowledged = customerWith("Acknowledged", LOGIN, 15);
		long dismissed = customerWith("Dismissed", LOGIN, 15);
		this.detection.evaluateAll(this.admin.workspaceId());
		this.alerts.acknowledge(this.admin, only(acknowledged).id());
		this.alerts.dismiss(this.admin, only(dismissed).id(), "On holiday, told us");

		this.fixtures.event(this.admin, acknowledged, AS_OF, LOGIN);
		this.fixtures.event(this.admin, dismissed, AS_OF, LOGIN);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(0, 1));

		assertThat(only(acknowledged).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(only(dismissed).status()).isEqualTo(AlertStatus.DISMISSED);
		assertThat(only(dismissed).dismissReason()).isEqualTo("On holiday, told us");
		assertThat(only(dismissed).resolvedAt()).isNull();
	}

	@Test
	void aResolvedAlertDoesNotFireAgainForTheSameEvidence() {
		long customer = customerWith("Paused", LOGIN, 15);
		this.detection.evaluateAll(this.admin.workspaceId());
		List<Long> evidence = only(customer).evidenceEventIds();

		// no longer an active customer, so the silence means nothing: resolved
		this.fixtures.stage(this.admin, customer, LifecycleStage.CHURNED);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(0, 1));
		// active again, silent on the very same last login: nothing new to say
		this.fixtures.stage(this.admin, customer, LifecycleStage.ACTIVE);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(0, 0));

		assertThat(only(customer).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(only(customer).evidenceEventIds()).isEqualTo(evidence);
	}

	@Test
	void aResolvedAlertFiresAgainForNewEvidence() {
		long customer = customerWith("On and off", LOGIN, 15);
		this.detection.evaluateAll(this.admin.workspaceId());
		this.fixtures.event(this.admin, customer, AS_OF, LOGIN);
		this.detection.evaluateAll(this.admin.workspaceId());

		// eleven days later the customer has gone silent again, after a newer login
		this.fixtures.event(this.admin, this.anchor, AS_OF.plus(Duration.ofDays(11)), NOTE);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(1, 0));

		List<DetectedSignalView> signals = this.facade.detectedSignalsFor(this.admin.workspaceId(), customer,
				CustomerLens.workspace());
		assertThat(signals).extracting(DetectedSignalView::status)
			.containsExactly(AlertStatus.RESOLVED, AlertStatus.OPEN);
		// proven by the login that resolved the first one
		assertThat(this.alerts.evidence(this.admin, signals.get(1).id())).singleElement()
			.satisfies((e) -> assertThat(e.occurredAt()).isEqualTo(AS_OF));
	}

	@Test
	void reEvaluatingSomeCustomersResolvesOnlyTheirAlerts() {
		long touched = customerWith("Touched", LOGIN, 15);
		long untouched = customerWith("Untouched", LOGIN, 15);
		this.detection.evaluateAll(this.admin.workspaceId());
		this.fixtures.event(this.admin, touched, AS_OF, LOGIN);
		this.fixtures.event(this.admin, untouched, AS_OF, LOGIN);

		assertThat(this.detection.evaluateCustomers(this.admin.workspaceId(), Set.of(touched)))
			.isEqualTo(new Evaluation(0, 1));
		assertThat(only(touched).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(only(untouched).status()).isEqualTo(AlertStatus.OPEN);
	}

	@Test
	void oneEvaluationKeepsEachRulesAlertsApart() {
		long quietType = this.fixtures.ruleType(this.admin, "Gone quiet",
				DetectionRule.of(absence(10, LOGIN), absence(14, EMAIL_REPLY)));
		long busyType = this.fixtures.ruleType(this.admin, "Busy", DetectionRule.of(threshold(3, 7, LOGIN)));
		long quiet = customerWith("Quiet", LOGIN, 20);
		long busy = customerWith("Busy", LOGIN, 1, 2, 3);

		assertThat(this.detection.evaluateAll(this.admin.workspaceId())).isEqualTo(new Evaluation(3, 0));

		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), quiet, CustomerLens.workspace()))
			.extracting(DetectedSignalView::signalTypeId)
			.containsExactlyInAnyOrder(this.noLogin, quietType);
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), busy, CustomerLens.workspace()))
			.singleElement()
			.satisfies((a) -> assertThat(a.signalTypeId()).isEqualTo(busyType))
			.satisfies((a) -> assertThat(a.evidenceEventIds()).hasSize(3));
	}

	@Test
	void changingARuleResolvesTheAlertsTheNewRuleNoLongerFlags() {
		long customer = customerWith("Twelve days", LOGIN, 12);
		this.detection.evaluateAll(this.admin.workspaceId());
		this.fixtures.ruleType(this.admin, "Unrelated", DetectionRule.of(threshold(1, 30, NOTE)));
		this.fixtures.changeRule(this.admin, this.noLogin, DetectionRule.of(absence(14, LOGIN)));

		assertThat(this.detection.evaluateType(this.admin.workspaceId(), this.noLogin)).isEqualTo(new Evaluation(0, 1));
		assertThat(only(customer).status()).isEqualTo(AlertStatus.RESOLVED);
		// the other rule was not run
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), this.anchor, CustomerLens.workspace()))
			.isEmpty();
	}

	private DetectedSignalView only(long customer) {
		List<DetectedSignalView> signals = this.facade.detectedSignalsFor(this.admin.workspaceId(), customer,
				CustomerLens.workspace());
		assertThat(signals).hasSize(1);
		return signals.get(0);
	}

	private long customerWith(String name, EventType type, int... daysAgo) {
		long id = this.fixtures.customer(this.admin, name, LifecycleStage.ACTIVE);
		for (int days : daysAgo) {
			this.fixtures.event(this.admin, id, AS_OF.minus(Duration.ofDays(days)), type);
		}
		return id;
	}

}
