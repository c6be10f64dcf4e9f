package io.signalroom.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.signal.detection.DetectionRule;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.signalroom.customer.EventType.LOGIN;
import static io.signalroom.signal.detection.RuleCondition.absence;
import static io.signalroom.signal.detection.RuleCondition.threshold;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals the rules detect on timelines cut at a moment, as exercises show them: only
 * events up to the cut count, a later outcome is not known yet, and nothing is stored.
 */
@IntegrationTest
class SignalsAsOfIntegrationTests {

	static final Instant CUT = Instant.parse("2025-03-01T12:00:00Z");

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	SignalsAsOf signals;

	@Autowired
	SignalTaxonomy taxonomy;

	CurrentMember admin;

	@BeforeEach
	void freshWorkspace() {
		this.admin = this.fixtures.newWorkspace();
		this.fixtures.retireStarterLibrary(this.admin);
	}

	@Test
	void anEventBeforeTheCutCountsAndOneAfterItDoesNot() {
		long busyLogins = this.fixtures.ruleType(this.admin, "Busy logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		long before = this.fixtures.customer(this.admin, "Before", LifecycleStage.ACTIVE);
		Set<Long> evidence = logins(before, days(-3), days(-2), days(-1));
		long after = this.fixtures.customer(this.admin, "After", LifecycleStage.ACTIVE);
		logins(after, days(-3), days(-2), CUT.plus(Duration.ofHours(1)));

		List<SignalMatch> found = this.signals.detectedAsOf(this.admin.workspaceId(), List.of(before, after), CUT);

		assertThat(found).containsExactly(new SignalMatch(busyLogins, before, days(-1), List.copyOf(evidence)));
		assertThat(this.signals.detectedAsOf(this.admin.workspaceId(), List.of(after), CUT.plus(Duration.ofHours(2))))
			.singleElement()
			.satisfies((m) -> assertThat(m.firedAt()).isEqualTo(CUT.plus(Duration.ofHours(1))));
		assertThat(this.taxonomy.detectedSignalsFor(this.admin.workspaceId(), before, CustomerLens.workspace()))
			.as("no alert is stored")
			.isEmpty();
	}

	@Test
	void silenceCountsForACustomerWhoseOutcomeCameAfterTheCut() {
		long goneQuiet = this.fixtures.ruleType(this.admin, "Gone quiet", DetectionRule.of(absence(10, LOGIN)));
		long churnedLater = this.fixtures.customer(this.admin, "Churned later", LifecycleStage.CHURNED, Outcome.CHURNED,
				LocalDate.parse("2025-03-31"));
		Set<Long> lastLogin = logins(churnedLater, days(-15));
		long churnedBefore = this.fixtures.customer(this.admin, "Churned before", LifecycleStage.CHURNED,
				Outcome.CHURNED, LocalDate.parse("2025-02-24"));
		logins(churnedBefore, days(-15));
		long quietThenBack = this.fixtures.customer(this.admin, "Quiet, then back", LifecycleStage.ACTIVE);
		Set<Long> quietLogin = logins(quietThenBack, days(-15));
		logins(quietThenBack, days(2));
		long onlyLater = this.fixtures.customer(this.admin, "Only later", LifecycleStage.ACTIVE);
		logins(onlyLater, days(3));

		List<SignalMatch> found = this.signals.detectedAsOf(this.admin.workspaceId(),
				List.of(churnedLater, churnedBefore, quietThenBack, onlyLater), CUT);

		assertThat(found).containsExactlyInAnyOrder(
				new SignalMatch(goneQuiet, churnedLater, days(-5), List.copyOf(lastLogin)),
				new SignalMatch(goneQuiet, quietThenBack, days(-5), List.copyOf(quietLogin)));
	}

	@Test
	void customersOfAnotherWorkspaceHaveNoSignals() {
		this.fixtures.ruleType(this.admin, "Busy logins", DetectionRule.of(threshold(3, 7, LOGIN)));
		long mine = this.fixtures.customer(this.admin, "Mine", LifecycleStage.ACTIVE);
		logins(mine, days(-3), days(-2), days(-1));
		CurrentMember other = this.fixtures.newWorkspace();

		assertThat(this.signals.detectedAsOf(this.admin.workspaceId(), List.of(mine), CUT)).hasSize(1);
		assertThat(this.signals.detectedAsOf(other.workspaceId(), List.of(mine), CUT)).isEmpty();
	}

	/** Logs the customer in at these moments; returns the events' ids, in order. */
	private Set<Long> logins(long customerId, Instant... at) {
		return Arrays.stream(at)
			.map((when) -> this.fixtures.eventId(this.admin, customerId, when, LOGIN))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Instant days(int fromCut) {
		return CUT.plus(Duration.ofDays(fromCut));
	}

}
