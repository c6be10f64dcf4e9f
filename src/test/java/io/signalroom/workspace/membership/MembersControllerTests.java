package io.signalroom.workspace.membership;

import io.signalroom.shared.RuleViolation;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The members page's change handler, without a database. The request carries the
 * {@link CurrentMember} the way the security filter would put it there.
 */
@WebMvcTest(MembersController.class)
class MembersControllerTests {

	private static final CurrentMember ADMIN = new CurrentMember(1L, "admin@example.test", "Ada Admin",
			MembershipMother.WORKSPACE_ID, "Acme", Role.ADMIN, Department.OPERATIONS);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MemberAdministration administration;

	@MockitoBean
	CurrentMembers currentMembers;

	/** Stands in for the real one, which checks passwords against the database. */
	@MockitoBean
	AuthenticationManager authenticationManager;

	@Test
	void anHtmxChangeAnswersWithTheMemberRowFragmentOnly() throws Exception {
		given(this.administration.change(eq(ADMIN), eq(12L), any()))
			.willReturn(MembershipMother.membership(12L, Role.FACILITATOR));

		this.mvc.perform(change(12L, "FACILITATOR").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(MembersController.ROW_FRAGMENT))
			.andExpect(content().string(containsString("<tr id=\"member-12\"")))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void anHtmxChangeBreakingARuleAnswers422AndRetargetsTheError() throws Exception {
		given(this.administration.change(eq(ADMIN), eq(12L), any()))
			.willThrow(new RuleViolation(null, "members.lastAdmin"));

		this.mvc.perform(change(12L, "MANAGER").header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("HX-Retarget", "#members-error"))
			.andExpect(header().string("HX-Reswap", "innerHTML"))
			.andExpect(content().string(containsString("A workspace needs at least one active admin.")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anHtmxChangeWithoutARoleAnswers422AndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/members/{id}", 12L).with(admin())
				.param("department", "SALES")
				.param("active", "true")
				.header("HX-Request", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("HX-Retarget", "#members-error"))
			.andExpect(content().string(containsString("Choose a role and a department.")));

		then(this.administration).shouldHaveNoInteractions();
	}

	@Test
	void aPlainChangeRedirectsToTheMembersPageWithAMessage() throws Exception {
		given(this.administration.change(eq(ADMIN), eq(12L), any()))
			.willReturn(MembershipMother.membership(12L, Role.FACILITATOR));

		this.mvc.perform(change(12L, "FACILITATOR"))
			.andExpect(redirectedUrl("/members"))
			.andExpect(flash().attribute("successKey", "members.saved"));

		then(this.administration).should()
			.change(ADMIN, 12L, new MemberChangeForm(Role.FACILITATOR, Department.SALES, true));
	}

	@Test
	void aPlainChangeBreakingARuleRedirectsWithTheError() throws Exception {
		given(this.administration.change(eq(ADMIN), eq(12L), any()))
			.willThrow(new RuleViolation(null, "members.lastAdmin"));

		this.mvc.perform(change(12L, "MANAGER"))
			.andExpect(redirectedUrl("/members"))
			.andExpect(flash().attribute("errorKey", "members.lastAdmin"));
	}

	@Test
	void aMemberWhoIsNotAdminIsForbidden() throws Exception {
		this.mvc
			.perform(post("/members/{id}", 12L).with(csrf())
				.with(user("sam@example.test").roles("PARTICIPANT"))
				.requestAttr(CurrentMember.class.getName(),
						new CurrentMember(2L, "sam@example.test", "Sam", MembershipMother.WORKSPACE_ID, "Acme",
								Role.PARTICIPANT, Department.SALES))
				.param("role", "ADMIN")
				.param("department", "SALES")
				.param("active", "true")
				.header("HX-Request", "true"))
			.andExpect(status().isForbidden());

		then(this.administration).shouldHaveNoInteractions();
	}

	private static MockHttpServletRequestBuilder change(long id, String role) {
		return post("/members/{id}", id).with(admin())
			.param("role", role)
			.param("department", "SALES")
			.param("active", "true");
	}

	/** Signed in as an admin, with the current member resolved as the filter would. */
	private static RequestPostProcessor admin() {
		return (request) -> {
			request.setAttribute(CurrentMember.class.getName(), ADMIN);
			return csrf().postProcessRequest(user(ADMIN.email()).roles("ADMIN").postProcessRequest(request));
		};
	}

}
