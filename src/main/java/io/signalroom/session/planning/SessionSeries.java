package io.signalroom.session.planning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Sessions planned to recur weekly, bi-weekly or monthly.
 */
@Entity
public class SessionSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private String title;

	@Enumerated(EnumType.STRING)
	private Cadence cadence;

	private Instant createdAt;

	protected SessionSeries() {
	}

	SessionSeries(long workspaceId, String title, Cadence cadence, Instant createdAt) {
		this.workspaceId = workspaceId;
		this.title = title;
		this.cadence = cadence;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getTitle() {
		return this.title;
	}

	public Cadence getCadence() {
		return this.cadence;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
