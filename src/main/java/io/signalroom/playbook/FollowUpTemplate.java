package io.signalroom.playbook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A follow-up template: what to say or do when a signal shows up, in Markdown. It answers
 * one signal type or stands on its own.
 */
@Entity
class FollowUpTemplate {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private Long signalTypeId;

	private String title;

	private String body;

	private long createdBy;

	private long updatedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected FollowUpTemplate() {
	}

	FollowUpTemplate(long workspaceId, Long signalTypeId, String title, String body, long author, Instant now) {
		this.workspaceId = workspaceId;
		this.createdBy = author;
		this.createdAt = now;
		rewrite(signalTypeId, title, body, author, now);
	}

	void rewrite(Long signalTypeId, String title, String body, long editor, Instant now) {
		this.signalTypeId = signalTypeId;
		this.title = title.strip();
		this.body = body.strip();
		this.updatedBy = editor;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getWorkspaceId() {
		return this.workspaceId;
	}

	Long getSignalTypeId() {
		return this.signalTypeId;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	long getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
