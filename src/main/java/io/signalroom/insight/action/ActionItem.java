package io.signalroom.insight.action;

import java.time.Instant;
import java.time.LocalDate;

import io.signalroom.insight.ActionStatus;
import io.signalroom.shared.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A next step agreed in a practice session: who does what by when, possibly born from one
 * of the session's insights and about one of its customers. Open until its owner (or a
 * manager) completes or drops it with an outcome note.
 */
@Entity
public class ActionItem {

	public static final int MAX_TITLE = 200;

	public static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private Long sessionId;

	private Long seriesId;

	private Long insightId;

	private Long customerId;

	private String title;

	private long ownerId;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	private String outcomeNote;

	private long createdBy;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private long version;

	protected ActionItem() {
	}

	ActionItem(long workspaceId, Long sessionId, Long seriesId, ActionDraft draft, long createdBy, Instant createdAt) {
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.seriesId = seriesId;
		this.insightId = draft.insightId();
		this.customerId = draft.customerId();
		this.title = checkedTitle(draft.title());
		this.ownerId = draft.ownerId();
		this.dueOn = draft.dueOn();
		this.status = ActionStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	static String checkedTitle(String title) {
		String stripped = (title != null) ? title.strip() : "";
		if (stripped.isEmpty()) {
			throw new RuleViolation("title", "action.title.required");
		}
		if (stripped.length() > MAX_TITLE) {
			throw new RuleViolation("title", "action.title.tooLong", MAX_TITLE);
		}
		return stripped;
	}

	/** Done, with what came of it (optional). */
	void complete(String note, Instant now) {
		close(ActionStatus.DONE, note, now);
	}

	/** No longer worth doing; the note says why. */
	void drop(String note, Instant now) {
		if (note == null || note.isBlank()) {
			throw new RuleViolation("note", "action.drop.noteRequired");
		}
		close(ActionStatus.DROPPED, note, now);
	}

	private void close(ActionStatus to, String note, Instant now) {
		if (this.status != ActionStatus.OPEN) {
			throw new RuleViolation(null, "action.alreadyClosed");
		}
		String stripped = (note != null) ? note.strip() : "";
		if (stripped.length() > MAX_NOTE) {
			throw new RuleViolation("note", "action.note.tooLong", MAX_NOTE);
		}
		this.status = to;
		this.outcomeNote = stripped.isEmpty() ? null : stripped;
		this.closedAt = now;
	}

	/** Open and due before today. */
	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn != null && this.dueOn.isBefore(today);
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public Long getSeriesId() {
		return this.seriesId;
	}

	public Long getInsightId() {
		return this.insightId;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public String getTitle() {
		return this.title;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
