package io.signalroom.customer.book;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.customer.TestCustomers;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class CustomerListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerSearch search;

	TestWorkspace workspace;

	RequestPostProcessor member;

	@BeforeEach
	void setUp() {
		this.workspace = this.workspaces.create();
		this.member = this.workspaces.signedIn(this.workspace.participantEmail());
	}

	@Test
	void searchMatchesNameOrExternalIdIgnoringCase() throws Exception {
		this.customers.in(this.workspace.id()).named("Zebra Logistics").externalId("crm-1").save();
		this.customers.in(this.workspace.id()).named("Yak Foods").externalId("acct-zeb").save();
		this.customers.in(this.workspace.id()).named("Other").externalId("crm-3").save();

		CustomerListPage page = this.search.search(this.workspace.id(), query("ZEB", null, null), false);

		assertThat(page.rows()).extracting(CustomerRow::name).containsExactly("Yak Foods", "Zebra Logistics");
	}

	@Test
	void searchTakesWildcardCharactersLiterally() {
		this.customers.in(this.workspace.id()).named("100% Juice").save();
		this.customers.in(this.workspace.id()).named("1000 Lakes").save();
		this.customers.in(this.workspace.id()).named("Under_score").save();
		this.customers.in(this.workspace.id()).named("Underscore").save();

		assertThat(this.search.search(this.workspace.id(), query("100%", null, null), false).rows())
			.extracting(CustomerRow::name)
			.containsExactly("100% Juice");
		assertThat(this.search.search(this.workspace.id(), query("r_s", null, null), false).rows())
			.extracting(CustomerRow::name)
			.containsExactly("Under_score");
	}

	@Test
	void filtersNarrowTheListAndCountEachValueUnderTheOtherFilters() {
		long ws = this.workspace.id();
		this.customers.in(ws).named("A").segment("SMB").plan("Team").save();
		this.customers.in(ws)
			.named("B")
			.segment("SMB")
			.plan("Business")
			.outcome(Outcome.CHURNED, LocalDate.of(2026, 1, 5))
			.save();
		this.customers.in(ws).named("C").segment("Enterprise").plan("Business").stage(LifecycleStage.AT_RISK).save();

		CustomerListPage page = this.search.search(ws,
				new CustomerListQuery(null, "SMB", null, null, null, null, null, null, null), false);

		assertThat(page.rows()).extracting(CustomerRow::name).containsExactly("A", "B");
		assertThat(page.total()).isEqualTo(2);
		// a filter's own counts ignore its own choice, so other segments stay choosable
		assertThat(page.counts().get("segment"))
			.extracting(CustomerListPage.FilterCount::value, CustomerListPage.FilterCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Enterprise", 1L),
					org.assertj.core.groups.Tuple.tuple("SMB", 2L));
		assertThat(page.counts().get("plan"))
			.extracting(CustomerListPage.FilterCount::value, CustomerListPage.FilterCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Business", 1L),
					org.assertj.core.groups.Tuple.tuple("Team", 1L));
		assertThat(page.counts().get("outcome")).extracting(CustomerListPage.FilterCount::value)
			.containsExactly("CHURNED");
	}

	@Test
	void pagesHoldFiftyAndAPagePastTheEndShowsTheLastPage() throws Exception {
		for (int i = 0; i < 53; i++) {
			this.customers.in(this.workspace.id()).named("Cust %03d".formatted(i)).save();
		}
		CustomerListPage first = this.search.search(this.workspace.id(), query(null, null, null), false);
		CustomerListPage beyond = this.search.search(this.workspace.id(), query(null, null, 9), false);

		assertThat(first.rows()).hasSize(50);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(beyond.page()).isEqualTo(2);
		assertThat(beyond.rows()).extracting(CustomerRow::name).containsExactly("Cust 050", "Cust 051", "Cust 052");
		this.mvc.perform(get("/customers").param("page", "99").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("51–53 of 53 customers")))
			.andExpect(content()
				.string(containsString("rel=\"prev\" hx-get=\"/customers\" hx-target=\"#customer-results\"")))
			.andExpect(content().string(containsString("aria-current=\"page\" aria-label=\"Page 2\">2</a>")))
			.andExpect(content().string(containsString("<span class=\"page-link\">Next</span>")));
	}

	@Test
	void sortingByRevenueDescendingPutsTheLargestFirst() {
		this.customers.in(this.workspace.id()).named("Small").revenue(10).save();
		this.customers.in(this.workspace.id()).named("Large").revenue(1000).save();
		this.customers.in(this.workspace.id()).named("Middle").revenue(100).save();

		CustomerListPage page = this.search.search(this.workspace.id(),
				new CustomerListQuery(null, null, null, null, null, null, CustomerSort.REVENUE, true, null), false);

		assertThat(page.rows()).extracting(CustomerRow::name).containsExactly("Large", "Middle", "Small");
	}

	@Test
	void noMatchShowsAnEmptyStateNotAnError() throws Exception {
		this.mvc.perform(get("/customers").param("q", "nothing-like-this").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No customers match this search")));
	}

	@Test
	void theListShowsOnlyTheCurrentWorkspacesCustomers() throws Exception {
		TestWorkspace other = this.workspaces.create();
		this.customers.in(other.id()).named("Secret Neighbour").save();
		this.customers.in(this.workspace.id()).named("Our Own").save();

		this.mvc.perform(get("/customers").with(this.member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Our Own")))
			.andExpect(content().string(not(containsString("Secret Neighbour"))));
	}

	@Test
	void anHtmxRequestGetsOnlyTheResultsWhileAPlainOneGetsThePage() throws Exception {
		this.customers.in(this.workspace.id()).named("Fragment Co").segment("SMB").save();

		this.mvc.perform(get("/customers").param("segment", "SMB").header("HX-Request", "true").with(this.member))
			.andExpect(status().isOk())
			.andExpect(view().name(CustomerListController.RESULTS_FRAGMENT))
			.andExpect(content().string(containsString("Fragment Co")))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))));
		this.mvc.perform(get("/customers").param("segment", "SMB").with(this.member))
			.andExpect(view().name(CustomerListController.VIEW))
			.andExpect(content().string(containsString("<nav class=\"navbar")));
	}

	@Test
	void anUnknownFilterValueIsIgnoredRatherThanAnError() throws Exception {
		this.mvc.perform(get("/customers").param("stage", "NOT_A_STAGE").with(this.member)).andExpect(status().isOk());
	}

	private static CustomerListQuery query(String q, String segment, Integer page) {
		return new CustomerListQuery(q, segment, null, null, null, null, null, null, page);
	}

}
