package io.signalroom.session.planning;

import java.time.Instant;

import io.signalroom.shared.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer record a participant reviews before the session, and what they noticed.
 */
@Entity
@Table(name = "session_assignment")
public class Assignment {

	public static final int MAX_OBSERVATION = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private long sessionId;

	private long userId;

	private long customerId;

	private String observation;

	private Instant observedAt;

	protected Assignment() {
	}

	Assignment(long workspaceId, long sessionId, long userId, long customerId) {
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.userId = userId;
		this.customerId = customerId;
	}

	void observe(String text, Instant now) {
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.isEmpty()) {
			throw new RuleViolation("observation", "session.observation.required");
		}
		if (stripped.length() > MAX_OBSERVATION) {
			throw new RuleViolation("observation", "session.observation.tooLong", MAX_OBSERVATION);
		}
		this.observation = stripped;
		this.observedAt = now;
	}

	public boolean isObserved() {
		return this.observation != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getUserId() {
		return this.userId;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public String getObservation() {
		return this.observation;
	}

	public Instant getObservedAt() {
		return this.observedAt;
	}

}
