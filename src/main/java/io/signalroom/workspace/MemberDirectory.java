package io.signalroom.workspace;

import java.util.List;
import java.util.Optional;

/**
 * Who is in a workspace, for other modules that pick people (a practice session's
 * facilitator and participants): its active members with their role and department.
 */
public interface MemberDirectory {

	/** The workspace's active members, by name. */
	List<WorkspaceMember> activeMembers(long workspaceId);

	/** One active member of the workspace by user id; empty for anyone else. */
	default Optional<WorkspaceMember> activeMember(long workspaceId, long userId) {
		return activeMembers(workspaceId).stream().filter((m) -> m.userId() == userId).findFirst();
	}

	/** An active member of a workspace as other modules see them. */
	record WorkspaceMember(long userId, String displayName, Role role, Department department) {

		public boolean canFacilitate() {
			return this.role == Role.ADMIN || this.role == Role.FACILITATOR;
		}

	}

}
