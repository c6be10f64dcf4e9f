package io.signalroom.workspace.membership;

import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.signalroom.workspace.WorkspaceMother.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkspaceIsolationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	WorkspaceMother workspaces;

	TestWorkspace mine;

	TestWorkspace theirs;

	MvcBrowser admin;

	@BeforeEach
	void twoWorkspacesAndTheAdminOfTheFirstSignedIn(@Autowired ApplicationContext context) throws Exception {
		this.workspaces = new WorkspaceMother(context);
		this.mine = this.workspaces.workspace();
		this.theirs = this.workspaces.workspace();
		this.admin = new MvcBrowser(this.mvc).signIn(this.mine.admin().email(), WorkspaceMother.PASSWORD);
	}

	@Test
	void changingAMemberOfAnotherWorkspaceAnswers404AndChangesNothing() throws Exception {
		TestMember stranger = this.workspaces.member(this.theirs, Role.PARTICIPANT);

		this.admin
			.perform(post("/members/{id}", stranger.membershipId()).with(csrf())
				.param("role", "ADMIN")
				.param("department", "UX")
				.param("active", "true"))
			.andExpect(status().isNotFound());

		assertThat(this.workspaces.membershipOf(stranger.email(), this.theirs.id()))
			.isEqualTo("PARTICIPANT/SALES/active");
	}

	@Test
	void revokingAnInviteOfAnotherWorkspaceAnswers404AndLeavesItUsable() throws Exception {
		String token = this.workspaces.invite(this.theirs, uniqueEmail("guest"), Role.PARTICIPANT, Department.SALES);
		long inviteId = this.jdbc.sql("select id from invite where token_hash = ?")
			.param(new InviteToken(token).hash())
			.query(Long.class)
			.single();

		this.admin.perform(post("/members/invites/{id}/revoke", inviteId).with(csrf()))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/invites/" + token)).andExpect(status().isOk());
	}

	@Test
	void theMembersPageListsOnlyTheCurrentWorkspace() throws Exception {
		TestMember stranger = this.workspaces.member(this.theirs, Role.PARTICIPANT);
		this.admin.perform(get("/members"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.mine.admin().email())))
			.andExpect(
					(result) -> assertThat(result.getResponse().getContentAsString()).doesNotContain(stranger.email())
						.doesNotContain(this.theirs.admin().email()));
	}

	@Test
	void switchingToAWorkspaceYouAreNotAMemberOfAnswers404() throws Exception {
		this.admin.perform(post("/workspaces/{id}/switch", this.theirs.id()).with(csrf()))
			.andExpect(status().isNotFound());

		this.admin.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.mine.name())));
	}

	@Test
	void switchingWorkspacesChangesTheRoleYouActWith() throws Exception {
		this.workspaces.member(this.theirs, this.mine.admin(), Role.PARTICIPANT);
		this.admin.perform(get("/members")).andExpect(status().isOk());

		this.admin.perform(post("/workspaces/{id}/switch", this.theirs.id()).with(csrf()))
			.andExpect(redirectedUrl("/"));

		this.admin.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are now working in " + this.theirs.name())));
		this.admin.perform(get("/members")).andExpect(status().isForbidden());
	}

}
