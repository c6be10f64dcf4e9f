package io.signalroom.workspace.account;

import io.signalroom.support.MvcBrowser;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.WorkspaceMother;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfileIntegrationTests {

	private static final String NEW_PASSWORD = "amber meadow compass 7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestMember member;

	MvcBrowser browser;

	@BeforeEach
	void aSignedInMember(@Autowired ApplicationContext context) throws Exception {
		this.member = new WorkspaceMother(context).workspace().admin();
		this.browser = new MvcBrowser(this.mvc).signIn(this.member.email(), WorkspaceMother.PASSWORD);
	}

	@Test
	void renamingSavesTheNewDisplayName() throws Exception {
		this.browser.perform(post("/profile").with(csrf()).param("displayName", "  Ada Lovelace  "))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("successKey", "profile.renamed"));

		assertThat(displayName()).isEqualTo("Ada Lovelace");
	}

	@Test
	void aBlankDisplayNameIsRefusedWith422() throws Exception {
		this.browser.perform(post("/profile").with(csrf()).param("displayName", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("profileForm", "displayName", "NotBlank"));

		assertThat(displayName()).isEqualTo("Ada Admin");
	}

	@Test
	void changingThePasswordNeedsTheRightCurrentPassword() throws Exception {
		this.browser.perform(changePassword("not my password", NEW_PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.currentWrong"));

		new MvcBrowser(this.mvc).signIn(this.member.email(), WorkspaceMother.PASSWORD);
	}

	@Test
	void aWeakNewPasswordIsRefused() throws Exception {
		this.browser.perform(changePassword(WorkspaceMother.PASSWORD, "1234567890"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.tooCommon"));

		new MvcBrowser(this.mvc).signIn(this.member.email(), WorkspaceMother.PASSWORD);
	}

	@Test
	void afterAPasswordChangeOnlyTheNewPasswordSignsIn() throws Exception {
		this.browser.perform(changePassword(WorkspaceMother.PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("successKey", "profile.passwordChanged"));

		new MvcBrowser(this.mvc).submitLogin(this.member.email(), WorkspaceMother.PASSWORD)
			.andExpect(status().isUnauthorized());
		new MvcBrowser(this.mvc).signIn(this.member.email(), NEW_PASSWORD);
	}

	private static MockHttpServletRequestBuilder changePassword(String current, String next) {
		return post("/profile/password").with(csrf()).param("currentPassword", current).param("newPassword", next);
	}

	private String displayName() {
		return this.jdbc.sql("select display_name from app_user where id = ?")
			.param(this.member.userId())
			.query(String.class)
			.single();
	}

}
