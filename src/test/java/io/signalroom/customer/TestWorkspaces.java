package io.signalroom.customer;

import java.util.UUID;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Onboarding;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Makes throwaway workspaces for tests, each with an admin and a participant who can be
 * signed in on a MockMvc request.
 */
@Component
public class TestWorkspaces {

	private final AccountService accounts;

	private final Onboarding onboarding;

	private final MemberAdministration administration;

	private final UserDetailsService users;

	TestWorkspaces(AccountService accounts, Onboarding onboarding, MemberAdministration administration,
			UserDetailsService users) {
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.administration = administration;
		this.users = users;
	}

	@Transactional
	public TestWorkspace create() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount admin = this.accounts.create("admin-" + tag + "@test.example", "Admin " + tag,
				"a long test password");
		long workspaceId = this.onboarding.createWorkspace(admin.getId(), "Workspace " + tag, Department.OPERATIONS)
			.getWorkspace()
			.getId();
		UserAccount participant = this.accounts.create("member-" + tag + "@test.example", "Member " + tag,
				"a long test password");
		this.administration.addDirectly(workspaceId, participant, Role.PARTICIPANT, Department.SALES);
		return new TestWorkspace(workspaceId, tag, admin.getEmail(), participant.getEmail());
	}

	public RequestPostProcessor signedIn(String email) {
		return user(this.users.loadUserByUsername(email));
	}

	/** A workspace of a test, with a tag that makes its external ids unique. */
	public record TestWorkspace(long id, String tag, String adminEmail, String participantEmail) {

	}

}
