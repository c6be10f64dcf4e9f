package io.signalroom.workspace.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who can sign in. Which workspaces they see is decided by their memberships.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Column(name = "last_workspace_id")
	private Long lastWorkspaceId;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String passwordHash) {
		this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Long getLastWorkspaceId() {
		return this.lastWorkspaceId;
	}

	public void rename(String newDisplayName) {
		this.displayName = newDisplayName.strip();
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	public void rememberWorkspace(long workspaceId) {
		this.lastWorkspaceId = workspaceId;
	}

}
