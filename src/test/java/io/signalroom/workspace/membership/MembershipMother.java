package io.signalroom.workspace.membership;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.UserAccount;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Memberships as if loaded from the database, with ids, for tests without one.
 */
final class MembershipMother {

	static final long WORKSPACE_ID = 3L;

	private MembershipMother() {
	}

	static Membership membership(long id, Role role) {
		Workspace workspace = new Workspace("Acme");
		ReflectionTestUtils.setField(workspace, "id", WORKSPACE_ID);
		UserAccount user = new UserAccount("ada@example.test", "Ada Lovelace", "{noop}x");
		ReflectionTestUtils.setField(user, "id", id + 1000);
		Membership membership = new Membership(workspace, user, role, Department.SALES);
		ReflectionTestUtils.setField(membership, "id", id);
		return membership;
	}

}
