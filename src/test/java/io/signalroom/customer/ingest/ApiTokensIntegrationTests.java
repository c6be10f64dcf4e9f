package io.signalroom.customer.ingest;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ApiTestWorkspaces workspaces;

	@BeforeEach
	void setUp(@Autowired Onboarding onboarding, @Autowired AccountService accounts,
			@Autowired MemberAdministration members, @Autowired UserDetailsService users,
			@Autowired ApiTokenAdministration tokens) {
		this.workspaces = new ApiTestWorkspaces(onboarding, accounts, members, users, tokens);
	}

	@Test
	void aCreatedTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		Admin admin = this.workspaces.newWorkspace();
		MvcResult created = this.mvc
			.perform(post("/settings/api-tokens").with(user(admin.login())).with(csrf()).param("name", "CRM sync"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();
		String token = (String) created.getModelAndView().getModel().get("createdToken");
		assertThat(token).startsWith("sr_").hasSizeGreaterThan(40);
		assertThat(created.getResponse().getContentAsString()).contains(token);

		this.mvc.perform(get("/settings/api-tokens").with(user(admin.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CRM sync")))
			.andExpect(content().string(containsString(token.substring(0, 8) + "…")))
			.andExpect(content().string(not(containsString(token))));

		String storedHash = this.jdbc.sql("select token_hash from api_token where workspace_id = ?")
			.param(admin.workspaceId())
			.query(String.class)
			.single();
		assertThat(storedHash).isEqualTo(new ApiTokenSecret(token).hash()).isNotEqualTo(token);
		assertThat(
				this.jdbc.sql("select count(*) from api_token where ? in (name, token_hash, prefix, created_by_name)")
					.param(token)
					.query(Integer.class)
					.single())
			.isZero();
	}

	@Test
	void aTokenWithoutANameIsRefusedOnTheForm() throws Exception {
		Admin admin = this.workspaces.newWorkspace();
		this.mvc.perform(post("/settings/api-tokens").with(user(admin.login())).with(csrf()).param("name", " "))
			.andExpect(status().isUnprocessableContent());
		assertThat(countTokens(admin.workspaceId())).isZero();
	}

	@Test
	void theTokenPageIsForAdminsOnly() throws Exception {
		Admin admin = this.workspaces.newWorkspace();
		var participant = this.workspaces.participantIn(admin.workspaceId());
		this.mvc.perform(get("/settings/api-tokens").with(user(participant))).andExpect(status().isForbidden());
		this.mvc.perform(post("/settings/api-tokens").with(user(participant)).with(csrf()).param("name", "sneaky"))
			.andExpect(status().isForbidden());
		assertThat(countTokens(admin.workspaceId())).isZero();
	}

	@Test
	void aRevokedTokenIsRefusedWith401Problem() throws Exception {
		Admin admin = this.workspaces.newWorkspace();
		String token = this.workspaces.tokenOf(admin);
		long id = tokenId(admin.workspaceId());

		this.mvc.perform(post("/settings/api-tokens/{id}/revoke", id).with(user(admin.login())).with(csrf()))
			.andExpect(redirectedUrl("/settings/api-tokens"));

		this.mvc
			.perform(post("/api/v1/customers").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"externalId\": \"revoked-1\", \"name\": \"Acme\"}]"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.type").value(ApiProblems.UNAUTHORIZED.toString()))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail", containsString("revoked")));
		assertThat(this.jdbc.sql("select count(*) from customer where workspace_id = ?")
			.param(admin.workspaceId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anotherWorkspacesTokenCannotBeRevoked() throws Exception {
		Admin mine = this.workspaces.newWorkspace();
		Admin theirs = this.workspaces.newWorkspace();
		this.workspaces.tokenOf(theirs);
		long theirTokenId = tokenId(theirs.workspaceId());

		this.mvc.perform(post("/settings/api-tokens/{id}/revoke", theirTokenId).with(user(mine.login())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select revoked_at is null from api_token where id = ?")
			.param(theirTokenId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void usingATokenRecordsWhenItWasLastUsedAndOpensNoSession() throws Exception {
		Admin admin = this.workspaces.newWorkspace();
		String token = this.workspaces.tokenOf(admin);
		this.mvc
			.perform(post("/api/v1/customers").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(this.jdbc.sql("select last_used_at is not null from api_token where workspace_id = ?")
			.param(admin.workspaceId())
			.query(Boolean.class)
			.single()).isTrue();
	}

	private long tokenId(long workspaceId) {
		return this.jdbc.sql("select id from api_token where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	private int countTokens(long workspaceId) {
		return this.jdbc.sql("select count(*) from api_token where workspace_id = ?")
			.param(workspaceId)
			.query(Integer.class)
			.single();
	}

}
