package io.signalroom.workspace.security;

import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIntegrationTests {

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
	void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
		TestMember member = this.workspaces.workspace().admin();
		MvcBrowser browser = new MvcBrowser(this.mvc);
		for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
			browser.submitLogin(member.email(), "not the password " + attempt)
				.andExpect(status().isUnauthorized())
				.andExpect(forwardedUrl("/login/failed"))
				.andExpect(request().attribute(LoginFailureHandler.MESSAGE_KEY, "login.failed"));
		}

		MvcResult locked = browser.submitLogin(member.email(), WorkspaceMother.PASSWORD)
			.andExpect(status().isUnauthorized())
			.andExpect(forwardedUrl("/login/failed"))
			.andExpect(request().attribute(LoginFailureHandler.MESSAGE_KEY, "login.locked"))
			.andExpect(request().attribute(LoginFailureHandler.MINUTES, 15L))
			.andReturn();

		followForward(locked).andExpect(content()
			.string(containsString("Too many failed sign-ins for this e-mail address. Try again in 15 minute(s).")));
		assertThat(this.jdbc.sql("select locked_until > now() from login_throttle where email = ?")
			.param(member.email())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aLockedAddressDoesNotLockOthers() throws Exception {
		TestMember victim = this.workspaces.workspace().admin();
		TestMember bystander = this.workspaces.workspace().admin();
		MvcBrowser attacker = new MvcBrowser(this.mvc);
		for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
			attacker.submitLogin(victim.email(), "guess number " + attempt);
		}
		attacker.submitLogin(victim.email(), WorkspaceMother.PASSWORD)
			.andExpect(request().attribute(LoginFailureHandler.MESSAGE_KEY, "login.locked"));

		new MvcBrowser(this.mvc).submitLogin(bystander.email(), WorkspaceMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void fewerThanFiveFailuresDoNotLockAndASuccessClearsThem() throws Exception {
		TestMember member = this.workspaces.workspace().admin();
		MvcBrowser browser = new MvcBrowser(this.mvc);
		for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			browser.submitLogin(member.email(), "typo " + attempt);
		}
		browser.signIn(member.email(), WorkspaceMother.PASSWORD);

		assertThat(this.jdbc.sql("select count(*) from login_throttle where email = ?")
			.param(member.email())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aWrongPasswordShowsTheFormAgainWithTheAddressAndAMessage() throws Exception {
		TestMember member = this.workspaces.workspace().admin();
		MvcResult failed = new MvcBrowser(this.mvc).submitLogin(member.email(), "not the password")
			.andExpect(status().isUnauthorized())
			.andReturn();

		followForward(failed).andExpect(content().string(containsString("Wrong e-mail or password.")))
			.andExpect(content().string(containsString("value=\"" + member.email() + "\"")));
	}

	@Test
	void theSessionIdChangesAtSignInAndTheSessionIsStoredInTheDatabase() throws Exception {
		TestMember member = this.workspaces.workspace().admin();
		MvcBrowser browser = new MvcBrowser(this.mvc);
		browser.perform(get("/")).andExpect(redirectedUrl("/login"));
		String before = browser.sessionId();
		assertThat(before).isNotNull();

		browser.submitLogin(member.email(), WorkspaceMother.PASSWORD)
			.andExpect(redirectedUrl("http://localhost/?continue"));
		String after = browser.sessionId();

		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(sessionsWithId(before)).isZero();
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(after)
			.query(String.class)
			.single()).isEqualTo(member.email());
		browser.perform(get("/profile")).andExpect(status().isOk());
	}

	@Test
	void signingOutEndsTheStoredSession() throws Exception {
		TestMember member = this.workspaces.workspace().admin();
		MvcBrowser browser = new MvcBrowser(this.mvc).signIn(member.email(), WorkspaceMother.PASSWORD);
		String session = browser.sessionId();

		browser.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(sessionsWithId(session)).isZero();
		browser.perform(get("/profile")).andExpect(redirectedUrl("/login"));
	}

	/** MockMvc does not run forwards; this runs the one the failure handler made. */
	private ResultActions followForward(MvcResult result) throws Exception {
		MockHttpServletRequest failed = result.getRequest();
		MockHttpServletRequestBuilder forward = get(result.getResponse().getForwardedUrl()).param("email",
				failed.getParameter("email"));
		for (String attribute : new String[] { LoginFailureHandler.MESSAGE_KEY, LoginFailureHandler.MINUTES }) {
			if (failed.getAttribute(attribute) != null) {
				forward.requestAttr(attribute, failed.getAttribute(attribute));
			}
		}
		return this.mvc.perform(forward);
	}

	private long sessionsWithId(String sessionId) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

}
