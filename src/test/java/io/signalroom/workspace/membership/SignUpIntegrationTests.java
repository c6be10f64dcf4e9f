package io.signalroom.workspace.membership;

import java.util.Locale;

import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.WorkspaceMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.signalroom.workspace.WorkspaceMother.uniqueEmail;
import static io.signalroom.workspace.WorkspaceMother.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignUpIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingUpCreatesTheWorkspaceWithTheNewUserAsItsAdmin() throws Exception {
		String email = uniqueEmail("Founder");
		String workspace = uniqueName("Acme");
		this.mvc.perform(signUp(workspace, email, WorkspaceMother.PASSWORD))
			.andExpect(redirectedUrl("/login?email=" + email.replace("@", "%40")))
			.andExpect(flash().attribute("successKey", "signup.done"));

		assertThat(this.jdbc.sql("""
				select w.name || '/' || m.role || '/' || m.department || '/' || m.active from membership m
				join workspace w on w.id = m.workspace_id join app_user u on u.id = m.user_id where u.email = ?""")
			.param(email.toLowerCase(Locale.ROOT))
			.query(String.class)
			.single()).isEqualTo(workspace + "/ADMIN/PRODUCT/true");
	}

	@Test
	void aTakenEmailInAnyCaseIsRefusedWith422AndCreatesNothing() throws Exception {
		String email = uniqueEmail("taken");
		this.mvc.perform(signUp(uniqueName("First"), email, WorkspaceMother.PASSWORD))
			.andExpect(status().is3xxRedirection());
		long users = count("app_user");
		long workspaces = count("workspace");

		this.mvc.perform(signUp(uniqueName("Second"), email.toUpperCase(Locale.ROOT), WorkspaceMother.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.emailTaken"))
			.andExpect(content().string(containsString("An account with this e-mail already exists.")));

		assertThat(count("app_user")).isEqualTo(users);
		assertThat(count("workspace")).isEqualTo(workspaces);
	}

	@Test
	void aWeakPasswordIsRefusedWith422AndCreatesNothing() throws Exception {
		String email = uniqueEmail("weak");
		this.mvc.perform(signUp(uniqueName("Weak"), email, "password123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooCommon"));
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void aWorkspaceNameOver80CharactersIsRefusedWith422() throws Exception {
		String email = uniqueEmail("long");
		this.mvc.perform(signUp("W".repeat(81), email, WorkspaceMother.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "workspaceName", "Size"));
		assertThat(accountsWithEmail(email)).isZero();
	}

	@Test
	void signingUpWithoutACsrfTokenIsForbidden() throws Exception {
		String email = uniqueEmail("nocsrf");
		this.mvc.perform(signUp(uniqueName("NoCsrf"), email, WorkspaceMother.PASSWORD).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/signup").param("workspaceName", uniqueName("NoCsrf"))
				.param("displayName", "Nobody")
				.param("email", email)
				.param("password", WorkspaceMother.PASSWORD)
				.param("department", "SALES"))
			.andExpect(status().isForbidden());
		assertThat(accountsWithEmail(email)).isZero();
	}

	private static MockHttpServletRequestBuilder signUp(String workspaceName, String email, String password) {
		return post("/signup").with(csrf())
			.param("workspaceName", workspaceName)
			.param("displayName", "Fran Founder")
			.param("email", email)
			.param("password", password)
			.param("department", "PRODUCT");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long accountsWithEmail(String email) {
		return this.jdbc.sql("select count(*) from app_user where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single();
	}

}
