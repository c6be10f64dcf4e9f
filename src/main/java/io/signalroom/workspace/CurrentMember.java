package io.signalroom.workspace;

/**
 * The signed-in user as a member of the workspace they are working in right now.
 * Controllers of every module take it as a parameter; every query for workspace data is
 * scoped by {@link #workspaceId()}.
 */
public record CurrentMember(long userId, String email, String displayName, long workspaceId, String workspaceName,
		Role role, Department department) {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean canFacilitate() {
		return this.role == Role.ADMIN || this.role == Role.FACILITATOR;
	}

	public boolean canManage() {
		return this.role == Role.ADMIN || this.role == Role.MANAGER;
	}

}
