package io.signalroom.workspace.security;

import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.signalroom.workspace.WorkspaceMother.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which workspace role opens which page. POST /members/invites is sent with a valid form,
 * so an allowed request is redirected back to the members page.
 */
@IntegrationTest
class RoleMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	WorkspaceMother workspaces;

	@BeforeEach
	void makeTestData(@Autowired ApplicationContext context) {
		this.workspaces = new WorkspaceMother(context);
	}

	@ParameterizedTest(name = "{0} {1} {2} answers {3}")
	@CsvSource(textBlock = """
			ADMIN,       GET,  /,               200
			ADMIN,       GET,  /members,        200
			ADMIN,       GET,  /profile,        200
			ADMIN,       GET,  /workspaces,     200
			ADMIN,       POST, /members/invites, 302
			ADMIN,       GET,  /customers, 200
			ADMIN,       GET,  /imports, 200
			ADMIN,       GET,  /settings/api-tokens, 200
			ADMIN,       GET,  /settings/customers, 200
			ADMIN,       GET,  /signals, 200
			ADMIN,       GET,  /signals/new, 200
			ADMIN,       GET,  /signals/review, 200
			ADMIN,       GET,  /alerts, 200
			MANAGER,     GET,  /,               200
			MANAGER,     GET,  /members,        403
			MANAGER,     GET,  /profile,        200
			MANAGER,     GET,  /workspaces,     200
			MANAGER,     POST, /members/invites, 403
			MANAGER,     GET,  /customers, 200
			MANAGER,     GET,  /imports, 403
			MANAGER,     GET,  /settings/api-tokens, 403
			MANAGER,     GET,  /settings/customers, 403
			MANAGER,     GET,  /signals, 200
			MANAGER,     GET,  /signals/new, 200
			MANAGER,     GET,  /signals/review, 200
			MANAGER,     GET,  /alerts, 200
			FACILITATOR, GET,  /,               200
			FACILITATOR, GET,  /members,        403
			FACILITATOR, GET,  /profile,        200
			FACILITATOR, GET,  /workspaces,     200
			FACILITATOR, POST, /members/invites, 403
			FACILITATOR, GET,  /customers, 200
			FACILITATOR, GET,  /imports, 403
			FACILITATOR, GET,  /settings/api-tokens, 403
			FACILITATOR, GET,  /settings/customers, 403
			FACILITATOR, GET,  /signals, 200
			FACILITATOR, GET,  /signals/new, 200
			FACILITATOR, GET,  /signals/review, 200
			FACILITATOR, GET,  /alerts, 200
			PARTICIPANT, GET,  /,               200
			PARTICIPANT, GET,  /members,        403
			PARTICIPANT, GET,  /profile,        200
			PARTICIPANT, GET,  /workspaces,     200
			PARTICIPANT, POST, /members/invites, 403
			PARTICIPANT, GET,  /customers, 200
			PARTICIPANT, GET,  /imports, 403
			PARTICIPANT, GET,  /settings/api-tokens, 403
			PARTICIPANT, GET,  /settings/customers, 403
			PARTICIPANT, GET,  /signals, 200
			PARTICIPANT, GET,  /signals/new, 403
			PARTICIPANT, GET,  /signals/review, 200
			PARTICIPANT, GET,  /alerts, 200
			""")
	void eachRoleOpensExactlyItsPages(Role role, String method, String path, int expectedStatus) throws Exception {
		TestWorkspace workspace = this.workspaces.workspace();
		TestMember member = (role == Role.ADMIN) ? workspace.admin() : this.workspaces.member(workspace, role);
		MvcBrowser browser = new MvcBrowser(this.mvc).signIn(member.email(), WorkspaceMother.PASSWORD);

		browser.perform(request(method, path)).andExpect(status().is(expectedStatus));
	}

	@ParameterizedTest(name = "anonymous {0} {1} is sent to sign in")
	@CsvSource(textBlock = """
			GET,  /
			GET,  /members
			GET,  /profile
			GET,  /workspaces
			POST, /members/invites
			GET,  /customers
			GET,  /imports
			GET,  /settings/api-tokens
			GET,  /signals
			GET,  /alerts
			""")
	void anonymousVisitorsAreSentToSignIn(String method, String path) throws Exception {
		this.mvc.perform(request(method, path)).andExpect(redirectedUrl("/login"));
	}

	private static MockHttpServletRequestBuilder request(String method, String path) {
		if (method.equals("GET")) {
			return get(path);
		}
		return post(path).with(csrf())
			.param("email", uniqueEmail("invitee"))
			.param("role", "PARTICIPANT")
			.param("department", "SALES");
	}

}
