package io.signalroom.workspace.membership;

import java.time.Instant;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;

/**
 * What the invite page shows about an invite.
 */
public record InviteView(String workspaceName, String email, Role role, Department department, Instant expiresAt,
		Invite.State state, boolean accountExists) {

	public boolean usable() {
		return this.state == Invite.State.PENDING;
	}

}
