package io.signalroom.customer.ingest;

import java.util.UUID;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Membership;
import io.signalroom.workspace.membership.Onboarding;
import io.signalroom.workspace.membership.SignUpForm;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes fresh workspaces, members and API tokens for the API tests, which share one
 * database.
 */
class ApiTestWorkspaces {

	static final String PASSWORD = "plenty-long-passphrase-42";

	private final Onboarding onboarding;

	private final AccountService accounts;

	private final MemberAdministration members;

	private final UserDetailsService users;

	private final ApiTokenAdministration tokens;

	ApiTestWorkspaces(Onboarding onboarding, AccountService accounts, MemberAdministration members,
			UserDetailsService users, ApiTokenAdministration tokens) {
		this.onboarding = onboarding;
		this.accounts = accounts;
		this.members = members;
		this.users = users;
		this.tokens = tokens;
	}

	/** A new workspace with its first admin. */
	Admin newWorkspace() {
		String email = "admin-" + UUID.randomUUID() + "@example.com";
		Membership membership = this.onboarding
			.signUp(new SignUpForm("API test workspace", "Ada Admin", email, PASSWORD, Department.REVOPS));
		CurrentMember member = new CurrentMember(membership.getUser().getId(), email, "Ada Admin",
				membership.getWorkspace().getId(), "API test workspace", Role.ADMIN, Department.REVOPS);
		return new Admin(member, this.users.loadUserByUsername(email));
	}

	UserDetails participantIn(long workspaceId) {
		String email = "participant-" + UUID.randomUUID() + "@example.com";
		UserAccount user = this.accounts.create(email, "Pat Participant", PASSWORD);
		this.members.addDirectly(workspaceId, user, Role.PARTICIPANT, Department.SALES);
		return this.users.loadUserByUsername(email);
	}

	/** A token of the admin's workspace, as an admin would create it on the page. */
	String tokenOf(Admin admin) {
		return this.tokens.create(admin.member(), new ApiTokenForm("test client"));
	}

	record Admin(CurrentMember member, UserDetails login) {

		long workspaceId() {
			return this.member.workspaceId();
		}

	}

}
