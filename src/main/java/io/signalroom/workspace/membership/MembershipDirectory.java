package io.signalroom.workspace.membership;

import java.util.List;

import io.signalroom.workspace.MemberDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory read from memberships.
 */
@Service
class MembershipDirectory implements MemberDirectory {

	private final Memberships memberships;

	MembershipDirectory(Memberships memberships) {
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkspaceMember> activeMembers(long workspaceId) {
		return this.memberships.findAllInWorkspace(workspaceId)
			.stream()
			.filter(Membership::isActive)
			.map((m) -> new WorkspaceMember(m.getUser().getId(), m.getUser().getDisplayName(), m.getRole(),
					m.getDepartment()))
			.toList();
	}

}
