package io.signalroom.customer.ingest;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A workspace's credential for the ingest API. It knows only the hash of its secret; once
 * revoked it stays revoked.
 */
@Entity
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private String name;

	private String tokenHash;

	private String prefix;

	private long createdBy;

	private String createdByName;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long workspaceId, String name, ApiTokenSecret secret, long createdBy, String createdByName,
			Instant createdAt) {
		this.workspaceId = workspaceId;
		this.name = name.strip();
		this.tokenHash = secret.hash();
		this.prefix = secret.prefix();
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.createdAt = createdAt;
	}

	/** Revoking twice keeps the first time. */
	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getName() {
		return this.name;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
