package io.signalroom.insight.record;

import java.time.Instant;

import io.signalroom.insight.InsightStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an insight's status history; the first has no {@code fromStatus} (the
 * insight was recorded).
 */
@Entity
@Table(name = "insight_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long insightId;

	@Enumerated(EnumType.STRING)
	private InsightStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private InsightStatus toStatus;

	private String reason;

	private long changedBy;

	private Instant changedAt;

	protected StatusChange() {
	}

	StatusChange(long insightId, InsightStatus fromStatus, InsightStatus toStatus, String reason, long changedBy,
			Instant changedAt) {
		this.insightId = insightId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public InsightStatus getFromStatus() {
		return this.fromStatus;
	}

	public InsightStatus getToStatus() {
		return this.toStatus;
	}

	public String getReason() {
		return this.reason;
	}

	public long getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
