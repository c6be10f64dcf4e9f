package io.signalroom.workspace.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
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
 * A single-use, expiring invitation into a workspace with a role and a department. Only
 * the hash of its token is stored; the link is shown once to the admin who made it.
 */
@Entity
public class Invite {

	public static final Duration VALIDITY = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "workspace_id")
	private Workspace workspace;

	private String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private Department department;

	private String tokenHash;

	private long invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant acceptedAt;

	private Long acceptedBy;

	private Instant revokedAt;

	@Version
	private long version;

	protected Invite() {
	}

	Invite(Workspace workspace, String email, Role role, Department department, String tokenHash, long invitedBy,
			Instant now) {
		this.workspace = workspace;
		this.email = email.strip().toLowerCase(Locale.ROOT);
		this.role = role;
		this.department = department;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = now.plus(VALIDITY);
	}

	public enum State {

		PENDING, ACCEPTED, EXPIRED, REVOKED

	}

	public State stateAt(Instant now) {
		if (this.acceptedAt != null) {
			return State.ACCEPTED;
		}
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? State.PENDING : State.EXPIRED;
	}

	/** Marks the invite used; refuses one that was used, revoked or has expired. */
	void accept(long userId, Instant now) {
		State state = stateAt(now);
		if (state != State.PENDING) {
			throw new InviteUnusableException(state);
		}
		this.acceptedAt = now;
		this.acceptedBy = userId;
	}

	void revoke(Instant now) {
		if (stateAt(now) == State.PENDING) {
			this.revokedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Workspace getWorkspace() {
		return this.workspace;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public Department getDepartment() {
		return this.department;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
