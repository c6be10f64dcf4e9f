package io.signalroom.workspace.membership;

import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MemberAdministrationIntegrationTests {

	private static final String LAST_ADMIN = "A workspace needs at least one active admin.";

	@Autowired
	MockMvc mvc;

	WorkspaceMother workspaces;

	TestWorkspace workspace;

	MvcBrowser admin;

	@BeforeEach
	void aWorkspaceWithItsAdminSignedIn(@Autowired ApplicationContext context) throws Exception {
		this.workspaces = new WorkspaceMother(context);
		this.workspace = this.workspaces.workspace();
		this.admin = new MvcBrowser(this.mvc).signIn(this.workspace.admin().email(), WorkspaceMother.PASSWORD);
	}

	@Test
	void theLastActiveAdminCannotBeDemoted() throws Exception {
		this.admin.perform(change(this.workspace.admin(), "MANAGER", true))
			.andExpect(redirectedUrl("/members"))
			.andExpect(flash().attribute("errorKey", "members.lastAdmin"));

		this.admin.perform(get("/members")).andExpect(content().string(containsString(LAST_ADMIN)));
		assertThat(membershipOf(this.workspace.admin())).isEqualTo("ADMIN/OPERATIONS/active");
	}

	@Test
	void theLastActiveAdminCannotBeDeactivated() throws Exception {
		this.admin.perform(change(this.workspace.admin(), "ADMIN", false))
			.andExpect(redirectedUrl("/members"))
			.andExpect(flash().attribute("errorKey", "members.lastAdmin"));

		assertThat(membershipOf(this.workspace.admin())).isEqualTo("ADMIN/OPERATIONS/active");
	}

	@Test
	void aDeactivatedAdminDoesNotCountAsAnotherAdmin() throws Exception {
		TestMember second = this.workspaces.member(this.workspace, Role.ADMIN);
		this.admin.perform(change(second, "ADMIN", false)).andExpect(flash().attribute("successKey", "members.saved"));

		this.admin.perform(change(this.workspace.admin(), "PARTICIPANT", true))
			.andExpect(flash().attribute("errorKey", "members.lastAdmin"));
		assertThat(membershipOf(this.workspace.admin())).isEqualTo("ADMIN/OPERATIONS/active");
	}

	@Test
	void withAnotherActiveAdminAnAdminMayStepDown() throws Exception {
		this.workspaces.member(this.workspace, Role.ADMIN);
		this.admin.perform(change(this.workspace.admin(), "MANAGER", true))
			.andExpect(flash().attribute("successKey", "members.saved"));

		assertThat(membershipOf(this.workspace.admin())).isEqualTo("MANAGER/OPERATIONS/active");
		this.admin.perform(get("/members")).andExpect(status().isForbidden());
	}

	@Test
	void deactivatingAMemberTakesEffectOnTheirVeryNextRequest() throws Exception {
		TestMember bob = this.workspaces.member(this.workspace, Role.ADMIN);
		MvcBrowser bobsBrowser = new MvcBrowser(this.mvc).signIn(bob.email(), WorkspaceMother.PASSWORD);
		bobsBrowser.perform(get("/members")).andExpect(status().isOk());

		this.admin.perform(change(bob, "ADMIN", false)).andExpect(flash().attribute("successKey", "members.saved"));

		bobsBrowser.perform(get("/members")).andExpect(status().isForbidden());
		bobsBrowser.perform(get("/")).andExpect(redirectedUrl("/workspaces"));
		bobsBrowser.perform(get("/workspaces"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.workspace.name()))));
	}

	@Test
	void demotingAnAdminTakesEffectOnTheirVeryNextRequest() throws Exception {
		TestMember bob = this.workspaces.member(this.workspace, Role.ADMIN);
		MvcBrowser bobsBrowser = new MvcBrowser(this.mvc).signIn(bob.email(), WorkspaceMother.PASSWORD);
		bobsBrowser.perform(get("/members")).andExpect(status().isOk());

		this.admin.perform(change(bob, "PARTICIPANT", true));

		bobsBrowser.perform(get("/members")).andExpect(status().isForbidden());
		bobsBrowser.perform(get("/")).andExpect(status().isOk());
	}

	@Test
	void anHtmxChangeAnswersWithTheUpdatedRowOnly() throws Exception {
		TestMember member = this.workspaces.member(this.workspace, Role.PARTICIPANT);

		this.admin.perform(change(member, "FACILITATOR", true).header("HX-Request", "true"))

			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"member-" + member.membershipId() + "\"")))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(not(containsString("<html"))));

		assertThat(membershipOf(member)).isEqualTo("FACILITATOR/SALES/active");
	}

	@Test
	void anHtmxChangeBreakingARuleAnswers422WithTheErrorRetargeted() throws Exception {
		this.admin.perform(change(this.workspace.admin(), "MANAGER", true).header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("HX-Retarget", "#members-error"))
			.andExpect(content().string(containsString(LAST_ADMIN)))
			.andExpect(content().string(not(containsString("<html"))));

		assertThat(membershipOf(this.workspace.admin())).isEqualTo("ADMIN/OPERATIONS/active");
	}

	private String membershipOf(TestMember member) {
		return this.workspaces.membershipOf(member.email(), this.workspace.id());
	}

	/** The members page's form: the checkbox sends active=true only when ticked. */
	private static MockHttpServletRequestBuilder change(TestMember member, String role, boolean active) {
		MockHttpServletRequestBuilder request = post("/members/{id}", member.membershipId()).with(csrf())
			.param("role", role)
			.param("department", member.current().department().name())
			.param("_active", "on");
		return active ? request.param("active", "true") : request;
	}

}
