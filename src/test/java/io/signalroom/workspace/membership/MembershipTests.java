package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.UserAccount;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTests {

	/** A membership as loaded from the database, with ids. */
	private static Membership membership(Role role) {
		Workspace workspace = new Workspace("Acme");
		ReflectionTestUtils.setField(workspace, "id", 3L);
		UserAccount user = new UserAccount("ada@example.test", "Ada", "{noop}x");
		ReflectionTestUtils.setField(user, "id", 5L);
		return new Membership(workspace, user, role, Department.SALES);
	}

	@Test
	void aNewMembershipIsActive() {
		assertThat(membership(Role.PARTICIPANT).isActive()).isTrue();
	}

	@Test
	void onlyAnActiveAdminCountsAsAdmin() {
		Membership admin = membership(Role.ADMIN);
		assertThat(admin.isAdmin()).isTrue();
		admin.deactivate();
		assertThat(admin.isAdmin()).isFalse();
		assertThat(membership(Role.MANAGER).isAdmin()).isFalse();
	}

	@Test
	void rejoiningBringsADeactivatedMemberBackWithTheNewRoleAndDepartment() {
		Membership member = membership(Role.ADMIN);
		member.deactivate();
		member.rejoin(Role.FACILITATOR, Department.UX);
		assertThat(member.isActive()).isTrue();
		assertThat(member.getRole()).isEqualTo(Role.FACILITATOR);
		assertThat(member.getDepartment()).isEqualTo(Department.UX);
	}

	@Test
	void asCurrentMemberCarriesTheRoleAndDepartmentOfThisWorkspace() {
		Membership member = membership(Role.MANAGER);
		assertThat(member.asCurrentMember().role()).isEqualTo(Role.MANAGER);
		assertThat(member.asCurrentMember().department()).isEqualTo(Department.SALES);
		assertThat(member.asCurrentMember().workspaceId()).isEqualTo(3L);
		assertThat(member.asCurrentMember().userId()).isEqualTo(5L);
		assertThat(member.asCurrentMember().canManage()).isTrue();
		assertThat(member.asCurrentMember().canFacilitate()).isFalse();
	}

}
