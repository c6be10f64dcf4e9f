package io.signalroom.customer;

import java.util.UUID;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.AccountService;
import io.signalroom.workspace.account.UserAccount;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.Membership;
import io.signalroom.workspace.membership.Onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The customer module's object mother for workspaces: throwaway workspaces made through
 * the workspace module's services, each with an admin (and a participant) who can be
 * signed in on a MockMvc request, so tests sharing one database never see each other's
 * customers.
 */
@Component
public class TestWorkspaces {

	/** Every member's password here. */
	public static final String PASSWORD = "a long test password";

	private final AccountService accounts;

	private final Onboarding onboarding;

	private final MemberAdministration administration;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	/** The object mother of an application started on its own (see TestApplication). */
	public static TestWorkspaces of(org.springframework.context.ApplicationContext app) {
		return new TestWorkspaces(app.getBean(AccountService.class), app.getBean(Onboarding.class),
				app.getBean(MemberAdministration.class), app.getBean(UserDetailsService.class),
				app.getBean(JdbcClient.class));
	}

	TestWorkspaces(AccountService accounts, Onboarding onboarding, MemberAdministration administration,
			UserDetailsService users, JdbcClient jdbc) {
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.administration = administration;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Transactional
	public TestWorkspace create() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount admin = this.accounts.create("admin-" + tag + "@test.example", "Admin " + tag, PASSWORD);
		long workspaceId = this.onboarding.createWorkspace(admin.getId(), "Workspace " + tag, Department.OPERATIONS)
			.getWorkspace()
			.getId();
		UserAccount participant = this.accounts.create("member-" + tag + "@test.example", "Member " + tag, PASSWORD);
		this.administration.addDirectly(workspaceId, participant, Role.PARTICIPANT, Department.SALES);
		return new TestWorkspace(workspaceId, tag, admin.getEmail(), participant.getEmail());
	}

	/** A new workspace whose only member is its admin, in RevOps (who imports data). */
	@Transactional
	public CurrentMember freshAdmin() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount admin = this.accounts.create("importer-" + tag + "@example.test", "Importer " + tag, PASSWORD);
		Membership membership = this.onboarding.createWorkspace(admin.getId(), "Import " + tag, Department.REVOPS);
		return new CurrentMember(admin.getId(), admin.getEmail(), admin.getDisplayName(),
				membership.getWorkspace().getId(), membership.getWorkspace().getName(), Role.ADMIN, Department.REVOPS);
	}

	/** The rows a customer-module table holds for the workspace. */
	public long count(String table, long workspaceId) {
		return this.jdbc.sql("select count(*) from " + table + " where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	public RequestPostProcessor signedIn(String email) {
		return user(this.users.loadUserByUsername(email));
	}

	/** A workspace of a test, with a tag that makes its external ids unique. */
	public record TestWorkspace(long id, String tag, String adminEmail, String participantEmail) {

	}

}
