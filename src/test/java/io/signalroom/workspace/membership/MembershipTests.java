package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTests {

	private static Membership membership(Role role) {
		return MembershipMother.membership(5L, role);
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
		assertThat(member.asCurrentMember().workspaceId()).isEqualTo(MembershipMother.WORKSPACE_ID);
		assertThat(member.asCurrentMember().userId()).isEqualTo(1005L);
		assertThat(member.asCurrentMember().canManage()).isTrue();
		assertThat(member.asCurrentMember().canFacilitate()).isFalse();
	}

}
