package io.signalroom.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads as of a cut, as an exercise makes them: the customer under the exercise's own
 * pseudonym, without what it only became later, and its timeline up to the cut.
 */
@IntegrationTest
class AsOfReadsIntegrationTests {

	static final Instant BEFORE_CUT = Instant.parse("2025-04-20T10:00:00Z");

	static final Instant AFTER_CUT = Instant.parse("2025-05-20T10:00:00Z");

	static final Instant CUT = Instant.parse("2025-05-01T00:00:00Z");

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerCatalog catalog;

	@Autowired
	CustomerTimelines timelines;

	TestWorkspace workspace;

	long customer;

	long eventBefore;

	long eventAfter;

	CustomerLens atTheCut;

	@BeforeEach
	void aCustomerThatChurnedAfterTheCut() {
		this.workspace = this.workspaces.create();
		this.customer = this.customers.in(this.workspace.id())
			.named("Initech")
			.plan("Enterprise")
			.stage(LifecycleStage.CHURNED)
			.revenue(5000)
			.outcome(Outcome.CHURNED, LocalDate.of(2025, 6, 1))
			.event(BEFORE_CUT, EventType.TICKET_OPENED, Department.SUPPORT, "Initech cannot log in")
			.event(AFTER_CUT, EventType.CHURNED, Department.CUSTOMER_SUCCESS, "Initech left")
			.save();
		List<TimelineEventSummary> all = this.catalog.recentEvents(this.workspace.id(), this.customer, 10,
				CustomerLens.workspace());
		this.eventAfter = all.get(0).id();
		this.eventBefore = all.get(1).id();
		this.atTheCut = CustomerLens.exercise(41, CUT);
		this.catalog.preparePseudonyms(this.workspace.id(), this.atTheCut, List.of(this.customer));
	}

	@Test
	void atTheCutNeitherOutcomeNorStagePlanOrRevenueIsKnownAndThePseudonymIsTheExercisesOwn() {
		CustomerSummary then = this.catalog.summary(this.workspace.id(), this.customer, this.atTheCut).orElseThrow();

		assertThat(then.outcome()).isNull();
		assertThat(then.outcomeOn()).isNull();
		assertThat(then.stage()).isNull();
		assertThat(then.plan()).isNull();
		assertThat(then.revenue()).isNull();
		assertThat(then.name()).matches("Customer [A-Z2-9]{5}")
			.isNotEqualTo(this.customers.pseudonymOf(this.workspace.id(), this.customer));
		assertThat(then.path()).isEqualTo("/exercises/41/customers/" + then.name().substring("Customer ".length()));
		assertThat(this.catalog.customerOfPseudonym(this.workspace.id(), this.atTheCut, then.name()))
			.contains(this.customer);
		CustomerSummary afterwards = this.catalog
			.summary(this.workspace.id(), this.customer,
					CustomerLens.exercise(41, Instant.parse("2025-06-02T00:00:00Z")))
			.orElseThrow();
		assertThat(afterwards.outcome()).isEqualTo(Outcome.CHURNED);
	}

	@Test
	void atTheCutTheTimelineEndsThere() {
		String pseudonym = this.catalog.summary(this.workspace.id(), this.customer, this.atTheCut).orElseThrow().name();

		assertThat(this.catalog.recentEvents(this.workspace.id(), this.customer, 50, this.atTheCut))
			.extracting(TimelineEventSummary::summary)
			.containsExactly(pseudonym + " cannot log in");
		assertThat(this.catalog.events(this.workspace.id(), List.of(this.eventBefore, this.eventAfter), this.atTheCut))
			.containsOnlyKeys(this.eventBefore);
		TimelinePage page = this.timelines.page(this.workspace.id(), this.customer, this.atTheCut, null, null, 1,
				false);
		assertThat(page.matching()).isEqualTo(1);
		assertThat(page.chart().total()).isEqualTo(1);
		assertThat(this.catalog.recentEvents(this.workspaces.create().id(), this.customer, 50, this.atTheCut))
			.isEmpty();
	}

}
