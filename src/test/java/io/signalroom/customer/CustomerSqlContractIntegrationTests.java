package io.signalroom.customer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer module's SQL contract (see package-info): the views other modules read,
 * now and as of a cut.
 */
@IntegrationTest
class CustomerSqlContractIntegrationTests {

	static final Instant CUT = Instant.parse("2025-03-10T12:00:00Z");

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	JdbcClient jdbc;

	TestWorkspace workspace;

	@BeforeEach
	void setUp() {
		this.workspace = this.workspaces.create();
	}

	@Test
	void onboardingActiveAndAtRiskCustomersAreExpectedToBeActive() {
		for (LifecycleStage stage : LifecycleStage.values()) {
			this.customers.in(this.workspace.id()).named(stage.name()).stage(stage).save();
		}
		Map<String, Boolean> expects = this.jdbc
			.sql("select lifecycle_stage, expects_activity from customer_fact where workspace_id = ?")
			.param(this.workspace.id())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(expects).containsOnly(Map.entry("LEAD", false), Map.entry("PROSPECT", false),
				Map.entry("ONBOARDING", true), Map.entry("ACTIVE", true), Map.entry("AT_RISK", true),
				Map.entry("CHURNED", false));
	}

	@Test
	void asOfACutAnOutcomeNotOverYetIsUnknownAndTheCustomerWasStillLive() {
		long churned = this.customers.in(this.workspace.id())
			.named("Churned on the 10th")
			.stage(LifecycleStage.CHURNED)
			.outcome(Outcome.CHURNED, LocalDate.parse("2025-03-10"))
			.save();
		long active = this.customers.in(this.workspace.id()).named("Active").stage(LifecycleStage.ACTIVE).save();
		long lead = this.customers.in(this.workspace.id()).named("Lead").stage(LifecycleStage.LEAD).save();

		assertThat(factAsOf(churned, CUT)).as("the outcome's day is not over at the cut")
			.isEqualTo("null/null/null/true");
		assertThat(factAsOf(churned, Instant.parse("2025-03-11T00:00:00Z")))
			.isEqualTo("CHURNED/CHURNED/2025-03-10/false");
		assertThat(factAsOf(churned, Instant.parse("2025-01-01T00:00:00Z"))).isEqualTo("null/null/null/true");
		assertThat(factAsOf(active, CUT)).isEqualTo("ACTIVE/null/null/true");
		assertThat(factAsOf(lead, CUT)).isEqualTo("LEAD/null/null/false");
	}

	@Test
	void asOfACutTheTimelineEndsAtTheCut() {
		this.customers.in(this.workspace.id())
			.named("Busy")
			.event(CUT.minus(Duration.ofHours(1)), EventType.LOGIN, Department.PRODUCT, "before")
			.event(CUT, EventType.LOGIN, Department.PRODUCT, "at the cut")
			.event(CUT.plusSeconds(1), EventType.LOGIN, Department.PRODUCT, "after")
			.save();
		List<String> summaries = this.jdbc
			.sql("select summary from timeline_event_fact_as_of(?) where workspace_id = ? order by occurred_at")
			.params(Timestamp.from(CUT), this.workspace.id())
			.query(String.class)
			.list();
		assertThat(summaries).containsExactly("before", "at the cut");
		assertThat(this.jdbc.sql("select count(*) from timeline_event_fact where workspace_id = ?")
			.param(this.workspace.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	/**
	 * A function PostgreSQL cannot inline is a black box to the planner: it would read
	 * every row of every workspace before the caller's conditions apply.
	 */
	@Test
	void theAsOfFunctionsAreFoldedIntoTheCallingQuery() {
		Map<String, String> tableRead = Map.of(
				"select id from customer_fact_as_of(?) c where c.workspace_id = ? and c.expects_activity", "customer",
				"select id from timeline_event_fact_as_of(?) e where e.workspace_id = ? and e.customer_id = 1",
				"timeline_event");
		tableRead.forEach((sql, table) -> {
			String plan = String.join("\n",
					this.jdbc.sql("explain " + sql)
						.params(Timestamp.from(CUT), this.workspace.id())
						.query(String.class)
						.list());
			assertThat(plan).doesNotContain("Function Scan").containsPattern(" on " + table + "\\b");
		});
	}

	private String factAsOf(long customerId, Instant cut) {
		return this.jdbc.sql("""
				select lifecycle_stage, outcome, outcome_on, expects_activity
				from customer_fact_as_of(?) where workspace_id = ? and id = ?""")
			.params(Timestamp.from(cut), this.workspace.id(), customerId)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getObject(4))
			.single();
	}

}
