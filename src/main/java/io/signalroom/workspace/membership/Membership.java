package io.signalroom.workspace.membership;

import java.time.Instant;

import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import io.signalroom.workspace.account.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A user's place in a workspace: their role, their department, and whether they may still
 * sign in to it.
 */
@Entity
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "workspace_id")
	private Workspace workspace;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserAccount user;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private Department department;

	private boolean active;

	private Instant joinedAt;

	@Version
	private long version;

	protected Membership() {
	}

	public Membership(Workspace workspace, UserAccount user, Role role, Department department) {
		this.workspace = workspace;
		this.user = user;
		this.role = role;
		this.department = department;
		this.active = true;
		this.joinedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Workspace getWorkspace() {
		return this.workspace;
	}

	public UserAccount getUser() {
		return this.user;
	}

	public Role getRole() {
		return this.role;
	}

	public Department getDepartment() {
		return this.department;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public boolean isAdmin() {
		return this.active && this.role == Role.ADMIN;
	}

	void changeRole(Role newRole) {
		this.role = newRole;
	}

	void moveTo(Department newDepartment) {
		this.department = newDepartment;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/**
	 * Re-joining through a new invite brings a deactivated member back with the invite's
	 * role.
	 */
	void rejoin(Role newRole, Department newDepartment) {
		this.role = newRole;
		this.department = newDepartment;
		this.active = true;
	}

	public CurrentMember asCurrentMember() {
		return new CurrentMember(this.user.getId(), this.user.getEmail(), this.user.getDisplayName(),
				this.workspace.getId(), this.workspace.getName(), this.role, this.department);
	}

}
