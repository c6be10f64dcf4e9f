package io.signalroom.session.running;

import java.time.Instant;

import io.signalroom.signal.Sentiment;
import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What one participant thinks a customer's situation (or one of its events or detected
 * signals) means, logged live in a session, with the department they read it for.
 */
@Entity
public class Interpretation {

	public static final int MAX_TEXT = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private long sessionId;

	private Long agendaItemId;

	private long authorId;

	@Enumerated(EnumType.STRING)
	private Department department;

	private long customerId;

	private Long timelineEventId;

	private Long detectedSignalId;

	private String text;

	@Enumerated(EnumType.STRING)
	private SignalCategory category;

	private int confidence;

	private Integer frequency;

	private Integer intensity;

	private Integer urgency;

	@Enumerated(EnumType.STRING)
	private Sentiment sentiment;

	private Long silentRoundId;

	private Instant createdAt;

	protected Interpretation() {
	}

	Interpretation(long workspaceId, long sessionId, Long agendaItemId, long authorId, Department department,
			InterpretationDraft draft, Long silentRoundId, Instant createdAt) {
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.agendaItemId = agendaItemId;
		this.authorId = authorId;
		this.department = department;
		this.customerId = draft.customerId();
		this.timelineEventId = draft.timelineEventId();
		this.detectedSignalId = draft.detectedSignalId();
		this.text = draft.text().strip();
		this.category = draft.category();
		this.confidence = draft.confidence();
		this.frequency = draft.frequency();
		this.intensity = draft.intensity();
		this.urgency = draft.urgency();
		this.sentiment = draft.sentiment();
		this.silentRoundId = silentRoundId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public Department getDepartment() {
		return this.department;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public Long getTimelineEventId() {
		return this.timelineEventId;
	}

	public Long getDetectedSignalId() {
		return this.detectedSignalId;
	}

	public String getText() {
		return this.text;
	}

	public SignalCategory getCategory() {
		return this.category;
	}

	public int getConfidence() {
		return this.confidence;
	}

	public Integer getFrequency() {
		return this.frequency;
	}

	public Integer getIntensity() {
		return this.intensity;
	}

	public Integer getUrgency() {
		return this.urgency;
	}

	public Sentiment getSentiment() {
		return this.sentiment;
	}

	public Long getSilentRoundId() {
		return this.silentRoundId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
