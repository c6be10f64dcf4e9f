package io.signalroom.workspace;

import java.util.List;

import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.WorkspaceMother.TestMember;
import io.signalroom.workspace.WorkspaceMother.TestWorkspace;
import io.signalroom.workspace.membership.MemberAdministration;
import io.signalroom.workspace.membership.MemberChangeForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace module's SQL contract (see package-info): the views other modules read.
 */
@IntegrationTest
class WorkspaceSqlContractIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MemberAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void membersAreListedPerWorkspaceWithTheirNameAndStayListedAfterTheyLeave() {
		WorkspaceMother mother = new WorkspaceMother(this.context);
		TestWorkspace workspace = mother.workspace();
		TestMember leaving = mother.member(workspace, Role.PARTICIPANT, Department.SUPPORT);
		this.administration.change(workspace.admin().current(), leaving.membershipId(),
				new MemberChangeForm(Role.PARTICIPANT, Department.SUPPORT, false));
		TestWorkspace other = mother.workspace();
		mother.member(other, leaving, Role.MANAGER);

		assertThat(members(workspace.id())).containsExactly("Ada Admin/ADMIN/OPERATIONS/true",
				"Member PARTICIPANT/PARTICIPANT/SUPPORT/false");
		assertThat(members(other.id())).containsExactly("Ada Admin/ADMIN/OPERATIONS/true",
				"Member PARTICIPANT/MANAGER/SALES/true");
		assertThat(this.jdbc.sql("select name from workspace_fact where id = ?")
			.param(workspace.id())
			.query(String.class)
			.single()).isEqualTo(workspace.name());
	}

	private List<String> members(long workspaceId) {
		return this.jdbc.sql("""
				select display_name || '/' || role || '/' || department || '/' || active
				from member_fact where workspace_id = ? order by display_name""")
			.param(workspaceId)
			.query(String.class)
			.list();
	}

}
