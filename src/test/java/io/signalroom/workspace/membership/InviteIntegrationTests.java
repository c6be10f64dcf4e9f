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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import static io.signalroom.workspace.WorkspaceMother.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InviteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	WorkspaceMother workspaces;

	@BeforeEach
	void makeTestData(@Autowired ApplicationContext context) {
		this.workspaces = new WorkspaceMother(context);
	}

	@Test
	void theInviteLinkIsShownOnceAndTheNewcomerJoinsWithRoleAndDepartment() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		MvcBrowser admin = new MvcBrowser(this.mvc).signIn(workspace.admin().email(), WorkspaceMother.PASSWORD);
		String newcomer = uniqueEmail("nia");

		MvcResult created = admin
			.perform(post("/members/invites").with(csrf())
				.param("email", newcomer)
				.param("role", "FACILITATOR")
				.param("department", "PRODUCT"))
			.andExpect(redirectedUrl("/members"))
			.andReturn();
		String link = (String) created.getFlashMap().get("inviteLink");
		assertThat(link).matches("http://localhost/invites/[A-Za-z0-9_-]{43}");
		admin.perform(get("/members")).andExpect(content().string(containsString(link)));
		admin.perform(get("/members")).andExpect(content().string(not(containsString(link))));

		String path = link.substring("http://localhost".length());
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create account and join")));
		this.mvc.perform(acceptAsNewcomer(path, WorkspaceMother.PASSWORD))
			.andExpect(redirectedUrl("/login?email=" + newcomer.replace("@", "%40")))
			.andExpect(flash().attribute("successKey", "invite.accountCreated"));

		assertThat(this.workspaces.membershipOf(newcomer, workspace.id())).isEqualTo("FACILITATOR/PRODUCT/active");
		new MvcBrowser(this.mvc).signIn(newcomer, WorkspaceMother.PASSWORD)
			.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(workspace.name())));
	}

	@Test
	void aUsedInviteAnswers410() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		String token = this.workspaces.invite(workspace, uniqueEmail("once"), Role.PARTICIPANT, Department.SALES);
		this.mvc.perform(acceptAsNewcomer("/invites/" + token, WorkspaceMother.PASSWORD))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/invites/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invite link was already used.")));
		this.mvc.perform(acceptAsNewcomer("/invites/" + token, "another long passphrase"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invite link was already used.")));
	}

	@Test
	void anExpiredInviteAnswers410AndCreatesNoAccount() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		String email = uniqueEmail("late");
		String token = this.workspaces.invite(workspace, email, Role.PARTICIPANT, Department.SALES);
		this.jdbc.sql("update invite set expires_at = now() - interval '1 minute' where token_hash = ?")
			.param(new InviteToken(token).hash())
			.update();

		this.mvc.perform(get("/invites/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invite link has expired.")));
		this.mvc.perform(acceptAsNewcomer("/invites/" + token, WorkspaceMother.PASSWORD)).andExpect(status().isGone());
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void aRevokedInviteAnswers410() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		String email = uniqueEmail("withdrawn");
		String token = this.workspaces.invite(workspace, email, Role.PARTICIPANT, Department.SALES);
		MvcBrowser admin = new MvcBrowser(this.mvc).signIn(workspace.admin().email(), WorkspaceMother.PASSWORD);

		admin.perform(post("/members/invites/{id}/revoke", inviteId(token)).with(csrf()))
			.andExpect(redirectedUrl("/members"))
			.andExpect(flash().attribute("successKey", "invite.revoked"));

		this.mvc.perform(get("/invites/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This invite link was withdrawn by an admin.")));
		this.mvc.perform(acceptAsNewcomer("/invites/" + token, WorkspaceMother.PASSWORD)).andExpect(status().isGone());
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void anUnknownTokenAnswers404() throws Exception {
		String unknown = InviteToken.generate().value();
		this.mvc.perform(get("/invites/" + unknown)).andExpect(status().isNotFound());
		this.mvc.perform(acceptAsNewcomer("/invites/" + unknown, WorkspaceMother.PASSWORD))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewcomerWithAWeakPasswordIsAskedAgainWith422() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		String email = uniqueEmail("weakling");
		String token = this.workspaces.invite(workspace, email, Role.PARTICIPANT, Department.SALES);

		this.mvc.perform(acceptAsNewcomer("/invites/" + token, "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"));
		assertThat(accountsWithEmail(email)).isZero();
		this.mvc.perform(get("/invites/" + token)).andExpect(status().isOk());
	}

	@Test
	void theNewcomerFormForAnAddressThatHasAnAccountMeanwhileAnswers422AndOffersSignIn() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		TestMember existing = this.workspaces.workspace().admin();
		String token = this.workspaces.invite(workspace, existing.email(), Role.PARTICIPANT, Department.SALES);

		this.mvc.perform(acceptAsNewcomer("/invites/" + token, WorkspaceMother.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect((result) -> assertThat(globalErrorCode(result, "form")).isEqualTo("account.emailTaken"))
			.andExpect(content().string(containsString("Sign in to join")));
		assertThat(this.workspaces.membershipOf(existing.email(), workspace.id())).isEqualTo("none");
	}

	@Test
	void someoneSignedInWithAnotherAddressCannotJoin() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		String invited = uniqueEmail("invited");
		String token = this.workspaces.invite(workspace, invited, Role.MANAGER, Department.UX);
		TestMember stranger = this.workspaces.workspace().admin();
		MvcBrowser browser = new MvcBrowser(this.mvc).signIn(stranger.email(), WorkspaceMother.PASSWORD);

		browser
			.perform(post("/invites/{token}/join", token).with(csrf())
				.header("Referer", "http://localhost/invites/" + token))
			.andExpect(redirectedUrl("/invites/" + token))
			.andExpect(flash().attribute("errorKey", "invite.otherEmail"));

		assertThat(this.workspaces.membershipOf(stranger.email(), workspace.id())).isEqualTo("none");
		browser.perform(get("/invites/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("but you are signed in as " + stranger.email())));
	}

	@Test
	void someoneWithAnAccountSignsInFromTheLinkAndJoins() throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		TestMember elsewhere = this.workspaces.workspace().admin();
		String token = this.workspaces.invite(workspace, elsewhere.email(), Role.MANAGER, Department.UX);
		MvcBrowser browser = new MvcBrowser(this.mvc);

		browser.perform(get("/invites/{token}/join", token)).andExpect(redirectedUrl("/login"));
		String afterLogin = browser.submitLogin(elsewhere.email(), WorkspaceMother.PASSWORD)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(afterLogin).contains("/invites/" + token + "/join");
		browser.perform(post("/invites/{token}/join", token).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("successKey", "invite.joined"));

		assertThat(this.workspaces.membershipOf(elsewhere.email(), workspace.id())).isEqualTo("MANAGER/UX/active");
		browser.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(workspace.name())));
		this.mvc.perform(get("/invites/" + token)).andExpect(status().isGone());
	}

	private static MockHttpServletRequestBuilder acceptAsNewcomer(String invitePath, String password) {
		return post(invitePath).with(csrf()).param("displayName", "Nia Newcomer").param("password", password);
	}

	private static String globalErrorCode(MvcResult result, String form) {
		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + form);
		return (errors.getGlobalError() != null) ? errors.getGlobalError().getCode() : null;
	}

	private long inviteId(String token) {
		return this.jdbc.sql("select id from invite where token_hash = ?")
			.param(new InviteToken(token).hash())
			.query(Long.class)
			.single();
	}

	private long accountsWithEmail(String email) {
		return this.jdbc.sql("select count(*) from app_user where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single();
	}

}
