package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.EventsImported;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.signal.alert.AlertInbox;
import io.signalroom.signal.alert.InboxView;
import io.signalroom.signal.detection.CustomerRef;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.signal.detection.RulePreview;
import io.signalroom.signal.detection.SignalDetection;
import io.signalroom.signal.taxonomy.SignalType;
import io.signalroom.signal.taxonomy.TaxonomyService;
import io.signalroom.support.IntegrationTest;
import io.signalroom.support.ModuleEvents;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static io.signalroom.customer.EventType.EMAIL_REPLY;
import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.customer.EventType.NOTE;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static io.signalroom.signal.detection.RuleCondition.drop;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DetectionIntegrationTests {

	static final Instant AS_OF = Instant.parse("2025-06-30T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalDetection detection;

	@Autowired
	AlertInbox alerts;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	SignalTaxonomy facade;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ModuleEvents moduleEvents;

	CurrentMember admin;

	long anchor;

	@BeforeEach
	void freshWorkspace() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
		// the latest event of the workspace sets "as of"
		this.anchor = this.fixtures.customer(this.admin, "Anchor", LifecycleStage.CHURNED);
		this.fixtures.event(this.admin, this.anchor, AS_OF, NOTE);
	}

	@Test
	void thresholdCountsOnlyEventsWithinTheWindow() {
		long dense = customerWith("Dense", LifecycleStage.ACTIVE, LOGIN, 1, 3, 5);
		customerWith("Spread", LifecycleStage.ACTIVE, LOGIN, 1, 9, 20);
		customerWith("Twice", LifecycleStage.ACTIVE, LOGIN, 1, 2);
		assertThat(flagged(DetectionRule.of(threshold(3, 7, LOGIN)))).containsExactly("Dense");
		assertThat(dense).isPositive();
	}

	@Test
	void absenceFlagsOnlyActiveCustomersSilentForDDays() {
		customerWith("Recent", LifecycleStage.ACTIVE, LOGIN, 3);
		customerWith("Silent", LifecycleStage.ACTIVE, LOGIN, 15);
		customerWith("SilentButChurned", LifecycleStage.CHURNED, LOGIN, 15);
		customerWith("SilentLead", LifecycleStage.LEAD, LOGIN, 15);
		assertThat(flagged(DetectionRule.of(absence(10, LOGIN)))).containsExactly("Silent");
	}

	@Test
	void aCustomerWithoutAnyTimelineIsUnknownRatherThanSilent() {
		customerWith("Silent", LifecycleStage.ACTIVE, NOTE, 40);
		customerWith("ImportedWithoutHistory", LifecycleStage.ACTIVE, LOGIN);
		assertThat(flagged(DetectionRule.of(absence(10, LOGIN)))).containsExactly("Silent");
	}

	@Test
	void dropComparesThisPeriodWithThePreviousOne() {
		customerWith("Falling", LifecycleStage.ACTIVE, LOGIN, 2, 35, 40, 45, 50);
		customerWith("Steady", LifecycleStage.ACTIVE, LOGIN, 2, 10, 35, 40);
		customerWith("New", LifecycleStage.ACTIVE, LOGIN, 2, 3);
		assertThat(flagged(DetectionRule.of(drop(50, 30, LOGIN)))).containsExactly("Falling");
	}

	@Test
	void andCombinationNeedsEveryCondition() {
		long both = customerWith("BothSilent", LifecycleStage.ACTIVE, LOGIN, 12);
		this.fixtures.event(this.admin, both, daysAgo(20), EMAIL_REPLY);
		long replies = customerWith("StillReplying", LifecycleStage.ACTIVE, LOGIN, 12);
		this.fixtures.event(this.admin, replies, daysAgo(2), EMAIL_REPLY);
		DetectionRule rule = DetectionRule.of(absence(10, LOGIN), absence(14, EMAIL_REPLY));
		assertThat(flagged(rule)).containsExactly("BothSilent");
	}

	@Test
	void previewCountsFlaggedCustomersOutOfAllAndWarnsWhenItFlagsEveryone() {
		customerWith("One", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		customerWith("Two", LifecycleStage.ACTIVE, LOGIN, 1);
		RulePreview preview = this.detection.preview(this.admin.workspaceId(),
				DetectionRule.of(threshold(3, 7, LOGIN)));
		assertThat(preview.flagged()).isEqualTo(1);
		assertThat(preview.customers()).isEqualTo(3);
		assertThat(preview.asOf()).isEqualTo(AS_OF);
		assertThat(preview.flagsEveryone()).isFalse();
		RulePreview everyone = this.detection.preview(this.admin.workspaceId(),
				DetectionRule.of(threshold(1, 30, LOGIN, NOTE)));
		assertThat(everyone.flagged()).isEqualTo(3);
		assertThat(everyone.flagsEveryone()).isTrue();
	}

	@Test
	void aDismissedAlertDoesNotComeBackForTheSameEvidenceButDoesForNewEvidence() {
		long customer = customerWith("Busy", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		long type = ruleType("Busy logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		assertThat(this.detection.evaluateAll(this.admin.workspaceId()).raised()).isEqualTo(1);
		DetectedSignalView alert = this.facade
			.detectedSignalsFor(this.admin.workspaceId(), customer, CustomerLens.workspace())
			.get(0);
		assertThat(alert.evidenceEventIds()).hasSize(3);
		assertThat(alert.signalTypeId()).isEqualTo(type);
		this.alerts.dismiss(this.admin, alert.id(), "Known: migration week");

		assertThat(this.detection.evaluateAll(this.admin.workspaceId()).raised()).isZero();
		assertThat(this.alerts.inbox(this.admin, null, InboxView.OPEN, 50)).isEmpty();

		this.fixtures.event(this.admin, customer, AS_OF.plusSeconds(60), LOGIN);
		assertThat(this.detection.evaluateAll(this.admin.workspaceId()).raised()).isEqualTo(1);
		assertThat(this.alerts.inbox(this.admin, null, InboxView.OPEN, 50)).singleElement()
			.satisfies((a) -> assertThat(a.evidenceEventIds()).hasSize(4));
	}

	@Test
	void incrementalEvaluationTouchesOnlyTheGivenCustomers() {
		long first = customerWith("First", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		long second = customerWith("Second", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		ruleType("Logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		assertThat(this.detection.evaluateCustomers(this.admin.workspaceId(), Set.of(second)).raised()).isEqualTo(1);
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), first, CustomerLens.workspace())).isEmpty();
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), second, CustomerLens.workspace()))
			.hasSize(1);
	}

	@Test
	void eventsImportedRaisesAlertsForTheImportedCustomers() {
		long customer = customerWith("Imported", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		ruleType("Imported logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		// as an import does: published in its transaction, detected after the commit
		this.transactions.executeWithoutResult(
				(tx) -> this.events.publishEvent(new EventsImported(this.admin.workspaceId(), Set.of(customer))));
		this.moduleEvents.awaitHandled();
		assertThat(this.facade.detectedSignalsFor(this.admin.workspaceId(), customer, CustomerLens.workspace()))
			.singleElement()
			.satisfies((a) -> assertThat(a.firedAt()).isEqualTo(daysAgo(1)));
	}

	@Test
	void detectedSignalsOfAnotherWorkspaceAreNotVisible() {
		long customer = customerWith("Private", LifecycleStage.ACTIVE, LOGIN, 1, 2, 3);
		ruleType("Private logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		this.detection.evaluateAll(this.admin.workspaceId());
		CurrentMember other = this.fixtures.newWorkspace();
		assertThat(this.facade.detectedSignalsFor(other.workspaceId(), customer, CustomerLens.workspace())).isEmpty();
		assertThat(this.alerts.inbox(other, null, InboxView.OPEN, 50)).isEmpty();
	}

	private long ruleType(String name, DetectionRule rule) {
		SignalType type = this.taxonomy.create(this.admin, TaxonomyIntegrationTests.content(name), "test");
		this.taxonomy.changeRule(this.admin, type.getId(), this.taxonomy.get(this.admin, type.getId()).getVersion(),
				rule, "test rule");
		return type.getId();
	}

	private long customerWith(String name, LifecycleStage stage, io.signalroom.customer.EventType type,
			int... daysAgo) {
		long id = this.fixtures.customer(this.admin, name, stage);
		for (int days : daysAgo) {
			this.fixtures.event(this.admin, id, daysAgo(days), type);
		}
		return id;
	}

	private static Instant daysAgo(int days) {
		return AS_OF.minus(Duration.ofDays(days));
	}

	private List<String> flagged(DetectionRule rule) {
		return this.detection.preview(this.admin.workspaceId(), rule).sample().stream().map(CustomerRef::name).toList();
	}

}
