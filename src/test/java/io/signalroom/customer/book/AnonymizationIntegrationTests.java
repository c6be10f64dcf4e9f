package io.signalroom.customer.book;

import java.time.Instant;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.EventType;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.TestCustomers;
import io.signalroom.customer.TestWorkspaces;
import io.signalroom.customer.TestWorkspaces.TestWorkspace;
import io.signalroom.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AnonymizationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	TestCustomers customers;

	@Autowired
	CustomerCatalog catalog;

	TestWorkspace workspace;

	long customerId;

	@BeforeEach
	void setUp() {
		this.workspace = this.workspaces.create();
		this.customerId = this.customers.in(this.workspace.id())
			.named("Globex Corporation")
			.email("cfo@globex.example")
			.event(Instant.parse("2026-05-04T10:00:00Z"), EventType.MEETING, null,
					"Quarterly review with GLOBEX corporation, sent to cfo@globex.example")
			.save();
	}

	@Test
	void whenAnAdminTurnsItOnPagesShowThePseudonymInsteadOfTheName() throws Exception {
		this.mvc
			.perform(post("/settings/customers").param("anonymize", "true")
				.with(csrf())
				.with(this.workspaces.signedIn(this.workspace.adminEmail())))
			.andExpect(redirectedUrl("/settings/customers"));
		String pseudonym = this.customers.pseudonymOf(this.workspace.id(), this.customerId);

		this.mvc.perform(get("/customers").with(this.workspaces.signedIn(this.workspace.participantEmail())))
			.andExpect(content().string(containsString(pseudonym)))
			.andExpect(content().string(not(containsString("Globex"))));
		this.mvc
			.perform(get("/customers/{id}", this.customerId)
				.with(this.workspaces.signedIn(this.workspace.participantEmail())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Quarterly review with " + pseudonym + ", sent to " + pseudonym)))
			.andExpect(content().string(not(containsString("lobex"))));
	}

	@Test
	void searchingARealNameUnderPseudonymsFindsNothingButThePseudonymFindsTheCustomer() throws Exception {
		this.mvc.perform(post("/settings/customers").param("anonymize", "true")
			.with(csrf())
			.with(this.workspaces.signedIn(this.workspace.adminEmail())));
		String pseudonym = this.customers.pseudonymOf(this.workspace.id(), this.customerId);

		this.mvc
			.perform(get("/customers").param("q", "Globex")
				.with(this.workspaces.signedIn(this.workspace.participantEmail())))
			.andExpect(content().string(containsString("No customers match")));
		this.mvc
			.perform(get("/customers").param("q", pseudonym.substring("Customer ".length(), "Customer ".length() + 3))
				.with(this.workspaces.signedIn(this.workspace.participantEmail())))
			.andExpect(content().string(containsString(pseudonym)));
	}

	@Test
	void theSettingIsOffByDefaultAndTheCatalogHonoursTheCallersOwnSwitch() {
		assertThat(this.catalog.summary(this.workspace.id(), this.customerId, CustomerLens.workspace())
			.orElseThrow()
			.name()).isEqualTo("Globex Corporation");
		assertThat(this.catalog.summary(this.workspace.id(), this.customerId, CustomerLens.pseudonyms()).orElseThrow())
			.satisfies((summary) -> {
				assertThat(summary.name()).matches("Customer [A-Z2-9]{5}");
				assertThat(summary.email()).isNull();
				assertThat(summary.externalId()).isNull();
				assertThat(summary.path()).isEqualTo("/customers/p/" + summary.name().substring("Customer ".length()));
			});
	}

	@Test
	void onlyAdminsMayChangeTheSetting() throws Exception {
		this.mvc
			.perform(post("/settings/customers").param("anonymize", "true")
				.with(csrf())
				.with(this.workspaces.signedIn(this.workspace.participantEmail())))
			.andExpect(status().isForbidden());
		assertThat(this.catalog.showsPseudonyms(this.workspace.id(), CustomerLens.workspace())).isFalse();
	}

	@Test
	void theCatalogNeverAnswersForAnotherWorkspacesCustomer() {
		TestWorkspace other = this.workspaces.create();
		assertThat(this.catalog.summary(other.id(), this.customerId, CustomerLens.workspace())).isEmpty();
		assertThat(this.catalog.summaries(other.id(), java.util.List.of(this.customerId), CustomerLens.pseudonyms()))
			.isEmpty();
	}

}
