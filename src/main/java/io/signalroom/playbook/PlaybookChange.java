package io.signalroom.playbook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of the playbook's changelog: what changed (as it read then), who changed it,
 * when, and the session it came from.
 */
@Entity
class PlaybookChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	private String subject;

	private Long insightId;

	private Long sessionId;

	private Long templateId;

	private long changedBy;

	private Instant changedAt;

	protected PlaybookChange() {
	}

	private PlaybookChange(long workspaceId, ChangeKind kind, String subject, long changedBy, Instant changedAt) {
		this.workspaceId = workspaceId;
		this.kind = kind;
		this.subject = (subject.length() > 500) ? subject.substring(0, 499) + "…" : subject;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	static PlaybookChange ofInsight(long workspaceId, ChangeKind kind, String statement, long insightId, Long sessionId,
			long changedBy, Instant changedAt) {
		PlaybookChange change = new PlaybookChange(workspaceId, kind, statement, changedBy, changedAt);
		change.insightId = insightId;
		change.sessionId = sessionId;
		return change;
	}

	static PlaybookChange ofTemplate(long workspaceId, ChangeKind kind, String title, Long templateId, long changedBy,
			Instant changedAt) {
		PlaybookChange change = new PlaybookChange(workspaceId, kind, title, changedBy, changedAt);
		change.templateId = templateId;
		return change;
	}

	Long getId() {
		return this.id;
	}

	ChangeKind getKind() {
		return this.kind;
	}

	String getSubject() {
		return this.subject;
	}

	Long getInsightId() {
		return this.insightId;
	}

	Long getSessionId() {
		return this.sessionId;
	}

	Long getTemplateId() {
		return this.templateId;
	}

	long getChangedBy() {
		return this.changedBy;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

}
