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

@IntegrationTest
class AsOfReadsIntegrationTests {

	static final Instant BEFORE_CUT = Instant.parse("2025-04-20T10:00:00Z");

	static final Instant AFTER_CUT = Instant.parse("2025-05-20T10:00:00Z");

	static final LocalDate CUT = LocalDate.of(2025, 5, 1);

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerCatalog catalog;

	TestWorkspace workspace;

	long customer;

	@BeforeEach
	void aCustomerThatChurnedAfterTheCut() {
		this.workspace = this.workspaces.create();
		this.customer = this.customers.in(this.workspace.id())
			.named("Initech")
			.stage(LifecycleStage.CHURNED)
			.revenue(5000)
			.outcome(Outcome.CHURNED, LocalDate.of(2025, 6, 1))
			.event(BEFORE_CUT, EventType.TICKET_OPENED, Department.SUPPORT, "Initech cannot log in")
			.event(AFTER_CUT, EventType.CHURNED, Department.CUSTOMER_SUCCESS, "Initech left")
			.save();
	}

	@Test
	void asOfADayBeforeTheOutcomeNeitherOutcomeNorStageNorRevenueIsKnown() {
		CustomerSummary then = this.catalog
			.summariesAsOf(this.workspace.id(), List.of(this.customer), CUT, CustomerLens.workspace())
			.get(0);

		assertThat(then.outcome()).isNull();
		assertThat(then.outcomeOn()).isNull();
		assertThat(then.stage()).isNull();
		assertThat(then.revenue()).isNull();
		assertThat(this.catalog
			.summariesAsOf(this.workspace.id(), List.of(this.customer), LocalDate.of(2025, 6, 1),
					CustomerLens.workspace())
			.get(0)
			.outcome()).isEqualTo(Outcome.CHURNED);
	}

	@Test
	void eventsUpToTheCutLeaveOutWhatHappenedAfter() {
		Instant cut = CUT.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);

		assertThat(this.catalog.eventsUpTo(this.workspace.id(), this.customer, cut, 50, CustomerLens.workspace()))
			.extracting(TimelineEventSummary::occurredAt)
			.containsExactly(BEFORE_CUT);
		assertThat(this.catalog.eventsUpTo(this.workspace.id(), this.customer, cut, 50, CustomerLens.pseudonyms()))
			.extracting(TimelineEventSummary::summary)
			.containsExactly(this.customers.pseudonymOf(this.workspace.id(), this.customer) + " cannot log in");
		assertThat(this.catalog.eventsUpTo(this.workspaces.create().id(), this.customer, cut, 50,
				CustomerLens.workspace()))
			.isEmpty();
	}

}
