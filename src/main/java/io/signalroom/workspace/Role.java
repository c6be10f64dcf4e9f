package io.signalroom.workspace;

/**
 * What a member may do in one workspace. A user can hold a different role in each
 * workspace.
 */
public enum Role {

	/** Manages the workspace: members, roles, departments, imports, tokens, taxonomy. */
	ADMIN,
	/** Browses insights, playbook and dashboards; validates or refutes insights. */
	MANAGER,
	/** Plans and runs practice sessions. */
	FACILITATOR,
	/** Prepares records, logs interpretations, rates signals, votes. */
	PARTICIPANT;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
