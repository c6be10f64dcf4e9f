package io.signalroom.workspace;

import java.util.UUID;

import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.InviteForm;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Membership;
import io.signalroom.workspace.membership.Onboarding;
import io.signalroom.workspace.membership.SignUpForm;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes uniquely named workspaces, members and invites through the module's own services,
 * so integration tests sharing one database never see each other's data.
 */
public final class WorkspaceMother {

	/** Every test person's password: long, uncommon, and unlike any test address. */
	public static final String PASSWORD = "quiet harbour lantern 42";

	private final Onboarding onboarding;

	private final MemberAdministration administration;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	public WorkspaceMother(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.onboarding = context.getBean(Onboarding.class);
		this.administration = context.getBean(MemberAdministration.class);
		this.accounts = context.getBean(AccountService.class);
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	public static String uniqueName(String what) {
		return what + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new workspace whose only member is its admin. */
	public TestWorkspace workspace() {
		Membership admin = this.onboarding.signUp(new SignUpForm(uniqueName("Workspace"), "Ada Admin",
				uniqueEmail("admin"), PASSWORD, Department.OPERATIONS));
		String name = admin.getWorkspace().getName();
		return new TestWorkspace(admin.getWorkspace().getId(), name, member(admin, name));
	}

	public TestMember member(TestWorkspace workspace, Role role) {
		return member(workspace, role, Department.SALES);
	}

	public TestMember member(TestWorkspace workspace, Role role, Department department) {
		UserAccount user = this.accounts.create(uniqueEmail(role.name().toLowerCase()), "Member " + role, PASSWORD);
		return member(this.administration.addDirectly(workspace.id(), user, role, department), workspace.name());
	}

	/** Adds an existing person to another workspace. */
	public TestMember member(TestWorkspace workspace, TestMember person, Role role) {
		UserAccount user = this.accounts.get(person.userId());
		return member(this.administration.addDirectly(workspace.id(), user, role, Department.SALES), workspace.name());
	}

	/**
	 * @return the invite's token, as in the link
	 */
	public String invite(TestWorkspace workspace, String email, Role role, Department department) {
		return this.administration.invite(workspace.admin().current(), new InviteForm(email, role, department));
	}

	/**
	 * How the database sees someone's membership, as {@code ROLE/DEPARTMENT/active}, or
	 * {@code none}.
	 */
	public String membershipOf(String email, long workspaceId) {
		return this.jdbc.sql("""
				select m.role || '/' || m.department || '/' || case when m.active then 'active' else 'inactive' end
				from membership m join app_user u on u.id = m.user_id
				where lower(u.email) = lower(?) and m.workspace_id = ?""")
			.params(email, workspaceId)
			.query(String.class)
			.optional()
			.orElse("none");
	}

	private static TestMember member(Membership membership, String workspaceName) {
		CurrentMember current = new CurrentMember(membership.getUser().getId(), membership.getUser().getEmail(),
				membership.getUser().getDisplayName(), membership.getWorkspace().getId(), workspaceName,
				membership.getRole(), membership.getDepartment());
		return new TestMember(current, membership.getId());
	}

	public record TestWorkspace(long id, String name, TestMember admin) {

	}

	public record TestMember(CurrentMember current, long membershipId) {

		public long userId() {
			return this.current.userId();
		}

		public String email() {
			return this.current.email();
		}

		public String password() {
			return PASSWORD;
		}

	}

}
