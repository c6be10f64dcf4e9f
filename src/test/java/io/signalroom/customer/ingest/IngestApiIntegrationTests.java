package io.signalroom.customer.ingest;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.signalroom.customer.EventsImported;
import io.signalroom.customer.ingest.ApiTestWorkspaces.Admin;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Onboarding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class IngestApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ApiTestWorkspaces workspaces;

	Admin admin;

	String token;

	@BeforeEach
	void setUp(@Autowired Onboarding onboarding, @Autowired AccountService accounts,
			@Autowired MemberAdministration members, @Autowired UserDetailsService users,
			@Autowired ApiTokenAdministration tokens) {
		this.workspaces = new ApiTestWorkspaces(onboarding, accounts, members, users, tokens);
		this.admin = this.workspaces.newWorkspace();
		this.token = this.workspaces.tokenOf(this.admin);
	}

	@Test
	void customersAreCreatedAndThenUpdatedOnTheirExternalId() throws Exception {
		send("/api/v1/customers", this.token, """
				[{"externalId": "C-1", "name": "Acme", "plan": "Basic", "stage": "ONBOARDING", "revenue": 1200.50},
				 {"externalId": "C-2", "name": "Globex", "outcome": "WON", "outcomeOn": "2025-02-01",
				  "attributes": {"industry": "Energy"}}]""").andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));

		send("/api/v1/customers", this.token, """
				[{"externalId": "C-1", "name": "Acme Corp", "plan": "Enterprise"}]""").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));

		Map<String, Object> acme = this.jdbc.sql(
				"select name, plan, lifecycle_stage, revenue from customer where workspace_id = ? and external_id = 'C-1'")
			.param(this.admin.workspaceId())
			.query()
			.singleRow();
		assertThat(acme).containsEntry("name", "Acme Corp")
			.containsEntry("plan", "Enterprise")
			.containsEntry("lifecycle_stage", "ONBOARDING");
		assertThat(acme.get("revenue").toString()).isEqualTo("1200.50");
		assertThat(customers(this.admin.workspaceId())).isEqualTo(2);
	}

	@Test
	void aBatchWithOneBadItemIsRefusedWith422NamingTheItemAndNothingIsStored() throws Exception {
		send("/api/v1/customers", this.token, """
				[{"externalId": "ok-1", "name": "Fine"},
				 {"externalId": "bad-1", "name": "Wrong stage", "stage": "SLEEPING"},
				 {"externalId": "ok-2", "name": "Fine too"}]""").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ApiProblems.INVALID_ITEMS.toString()))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("stage"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("must be one of LEAD, PROSPECT")));
		assertThat(customers(this.admin.workspaceId())).isZero();
	}

	@Test
	void everyProblemOfEveryItemIsReported() throws Exception {
		String tooLong = "x".repeat(101);
		send("/api/v1/customers", this.token, """
				[{"externalId": "%s", "email": "not-an-address", "revenue": "lots", "outcomeOn": "01/02/2025",
				  "colour": "blue"},
				 "just a string"]""".formatted(tooLong)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'externalId')].reason").value("is longer than 100 characters"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].reason").value("is required"))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].reason").value("must be an e-mail address"))
			.andExpect(jsonPath("$.errors[?(@.field == 'revenue')].reason").value("must be a number"))
			.andExpect(jsonPath("$.errors[?(@.field == 'outcomeOn')].reason", hasSize(1)))
			.andExpect(jsonPath("$.errors[?(@.field == 'colour')].index").value(0))
			.andExpect(jsonPath("$.errors[?(@.index == 1)].reason").value("each item must be a JSON object"));
	}

	@Test
	void aBatchOfMoreThan1000ItemsIsRefusedAndNothingIsStored() throws Exception {
		String batch = IntStream.range(0, 1001)
			.mapToObj((i) -> "{\"externalId\": \"big-" + i + "\", \"name\": \"Customer " + i + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
		send("/api/v1/customers", this.token, batch).andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.limit").value(1000))
			.andExpect(jsonPath("$.detail", containsString("at most 1,000 items")));
		assertThat(customers(this.admin.workspaceId())).isZero();
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
		String huge = "[{\"externalId\": \"huge\", \"name\": \"" + "x".repeat((int) RequestSizeGuard.MAX_BYTES)
				+ "\"}]";
		send("/api/v1/customers", this.token, huge).andExpect(status().isContentTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("at most 10 MB")));
		assertThat(customers(this.admin.workspaceId())).isZero();
	}

	@Test
	void malformedJsonIsA400Problem() throws Exception {
		send("/api/v1/events", this.token, "[{\"customerExternalId\": ").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ApiProblems.MALFORMED_JSON.toString()))
			.andExpect(jsonPath("$.detail", containsString("not valid JSON")));
		send("/api/v1/events", this.token, "{\"items\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("must be a JSON array")));
	}

	@Test
	void resendingTheSameEventsDoesNotDuplicateThem(@Autowired ApplicationEvents published) throws Exception {
		createCustomer(this.token, "E-1");
		String events = """
				[{"eventId": "evt-1", "customerExternalId": "E-1", "occurredAt": "2025-03-01T09:30:00Z",
				  "type": "LOGIN", "channel": "web"},
				 {"customerExternalId": "E-1", "occurredAt": "2025-03-02T10:00:00+02:00", "type": "TICKET_OPENED",
				  "department": "SUPPORT", "summary": "Cannot export", "value": 2.5, "attributes": {"priority": "high"}}]""";
		send("/api/v1/events", this.token, events).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.inserted").value(2))
			.andExpect(jsonPath("$.duplicates").value(0));
		send("/api/v1/events", this.token, events).andExpect(status().isOk())
			.andExpect(jsonPath("$.inserted").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));

		assertThat(this.jdbc.sql("select count(*) from timeline_event where workspace_id = ?")
			.param(this.admin.workspaceId())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(published.stream(EventsImported.class)
			.filter((e) -> e.workspaceId() == this.admin.workspaceId())
			.toList()).hasSize(1).allSatisfy((e) -> assertThat(e.customerIds()).hasSize(1));
	}

	@Test
	void eventsForUnknownCustomersAreRefusedAndNothingIsStored() throws Exception {
		createCustomer(this.token, "K-1");
		send("/api/v1/events", this.token, """
				[{"customerExternalId": "K-1", "occurredAt": "2025-03-01T09:30:00Z", "type": "LOGIN"},
				 {"customerExternalId": "nobody", "occurredAt": "2025-03-01T09:30:00Z", "type": "LOGIN"},
				 {"customerExternalId": "K-1", "occurredAt": "yesterday", "type": "DANCE"}]""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("customerExternalId"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("no customer with this external id")))
			.andExpect(jsonPath("$.errors[1].field").value("occurredAt"))
			.andExpect(jsonPath("$.errors[2].field").value("type"));
		assertThat(this.jdbc.sql("select count(*) from timeline_event where workspace_id = ?")
			.param(this.admin.workspaceId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aTokenWritesIntoItsOwnWorkspaceOnly() throws Exception {
		Admin other = this.workspaces.newWorkspace();
		String otherToken = this.workspaces.tokenOf(other);
		String externalId = "shared-" + UUID.randomUUID();

		createCustomer(otherToken, externalId);

		assertThat(customers(other.workspaceId())).isEqualTo(1);
		assertThat(customers(this.admin.workspaceId())).isZero();
		send("/api/v1/events", this.token,
				"""
						[{"customerExternalId": "%s", "occurredAt": "2025-03-01T09:30:00Z", "type": "LOGIN"}]"""
					.formatted(externalId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("customerExternalId"));
	}

	private void createCustomer(String token, String externalId) throws Exception {
		send("/api/v1/customers", token, "[{\"externalId\": \"" + externalId + "\", \"name\": \"Someone\"}]")
			.andExpect(status().isOk());
	}

	private ResultActions send(String path, String token, String json) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private int customers(long workspaceId) {
		return this.jdbc.sql("select count(*) from customer where workspace_id = ?")
			.param(workspaceId)
			.query(Integer.class)
			.single();
	}

}
