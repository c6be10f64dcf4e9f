package io.signalroom.session.running;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A silent brainstorm on one agenda item: while it is open, each participant sees only
 * their own entries; revealing it shows everyone's at once.
 */
@Entity
public class SilentRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private long sessionId;

	private long agendaItemId;

	private Instant startedAt;

	private Instant revealedAt;

	protected SilentRound() {
	}

	SilentRound(long workspaceId, long sessionId, long agendaItemId, Instant startedAt) {
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.agendaItemId = agendaItemId;
		this.startedAt = startedAt;
	}

	void reveal(Instant now) {
		if (this.revealedAt == null) {
			this.revealedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getAgendaItemId() {
		return this.agendaItemId;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public boolean isOpen() {
		return this.revealedAt == null;
	}

}
