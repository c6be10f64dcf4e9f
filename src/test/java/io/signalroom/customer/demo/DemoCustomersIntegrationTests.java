package io.signalroom.customer.demo;

import java.util.List;
import java.util.Map;

import io.signalroom.workspace.DemoWorkspaces;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoCustomersIntegrationTests {

	@Autowired
	DemoCustomers demo;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoWorkspaceMadeAtStartupHoldsTheGeneratedBook() throws Exception {
		long demoWorkspace = this.jdbc.sql("select id from workspace where name = ?")
			.param(DemoWorkspaces.NAME)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from customer where workspace_id = ?")
			.param(demoWorkspace)
			.query(Long.class)
			.single()).isEqualTo(200);
		this.mvc
			.perform(get("/customers").param("outcome", "CHURNED").with(this.workspaces.signedIn("admin@demo.test")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1–40 of 40 customers")));
	}

	@Test
	void fillingTwoWorkspacesGivesTheSameCountsOutcomesAndEvents() {
		long first = this.workspaces.create().id();
		long second = this.workspaces.create().id();

		this.demo.fill(first);
		this.demo.fill(second);

		assertThat(fingerprint(first)).isEqualTo(fingerprint(second)).isNotEmpty();
	}

	/** Per customer: outcome, its date and the number and types of events. */
	private List<Map<String, Object>> fingerprint(long workspaceId) {
		return this.jdbc.sql("""
				select c.external_id, c.outcome, c.outcome_on, c.plan, c.revenue, count(e.id) as events,
				       string_agg(e.type || '@' || e.occurred_at, ',' order by e.occurred_at, e.type) as timeline
				from customer c left join timeline_event e on e.customer_id = c.id
				where c.workspace_id = ? group by c.id order by c.external_id""")
			.param(workspaceId)
			.query()
			.listOfRows();
	}

}
