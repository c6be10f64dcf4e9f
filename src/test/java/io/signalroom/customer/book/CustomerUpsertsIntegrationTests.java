package io.signalroom.customer.book;

import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CustomerUpsertsIntegrationTests {

	@Autowired
	CustomerUpserts upserts;

	@Autowired
	Customers customers;

	@Autowired
	TestWorkspaces workspaces;

	@Test
	void aChurnedOutcomeWithoutAStageMovesTheCustomerToTheChurnedStage() {
		long workspace = this.workspaces.create().id();
		this.upserts.upsertCustomers(workspace, List.of(record("A-1", null, null), record("A-2", null, null)));
		assertThat(stageOf(workspace, "A-1")).isEqualTo(LifecycleStage.ACTIVE);

		this.upserts.upsertCustomers(workspace,
				List.of(record("A-1", null, Outcome.CHURNED), record("A-3", null, Outcome.CHURNED)));

		assertThat(stageOf(workspace, "A-1")).isEqualTo(LifecycleStage.CHURNED);
		assertThat(stageOf(workspace, "A-3")).isEqualTo(LifecycleStage.CHURNED);
		assertThat(stageOf(workspace, "A-2")).isEqualTo(LifecycleStage.ACTIVE);
	}

	@Test
	void aStageGivenWithTheOutcomeWins() {
		long workspace = this.workspaces.create().id();
		this.upserts.upsertCustomers(workspace, List.of(record("B-1", LifecycleStage.AT_RISK, Outcome.CHURNED)));

		assertThat(stageOf(workspace, "B-1")).isEqualTo(LifecycleStage.AT_RISK);
	}

	private LifecycleStage stageOf(long workspace, String externalId) {
		return this.customers.findByWorkspaceIdAndExternalId(workspace, externalId).orElseThrow().getLifecycleStage();
	}

	private static CustomerRecord record(String externalId, LifecycleStage stage, Outcome outcome) {
		return new CustomerRecord(externalId, "Customer " + externalId, null, null, null, stage, null, null, outcome,
				(outcome != null) ? LocalDate.of(2025, 1, 31) : null, null);
	}

}
