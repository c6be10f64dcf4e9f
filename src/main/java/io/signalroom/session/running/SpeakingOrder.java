package io.signalroom.session.running;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A round-robin: participants speak in a set order; the facilitator moves the turn on
 * until everyone has spoken.
 */
@Entity
public class SpeakingOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long workspaceId;

	private long sessionId;

	private String speakers;

	private int position;

	private Instant startedAt;

	private Instant endedAt;

	protected SpeakingOrder() {
	}

	SpeakingOrder(long workspaceId, long sessionId, List<Long> speakers, Instant startedAt) {
		this.workspaceId = workspaceId;
		this.sessionId = sessionId;
		this.speakers = speakers.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.startedAt = startedAt;
	}

	/**
	 * Passes the turn on from the given position; a repeated request for a position
	 * already passed does nothing. After the last speaker the round is over.
	 */
	void passFrom(int from, Instant now) {
		if (from != this.position || this.endedAt != null) {
			return;
		}
		this.position++;
		if (this.position >= speakers().size()) {
			this.endedAt = now;
		}
	}

	void stop(Instant now) {
		if (this.endedAt == null) {
			this.endedAt = now;
		}
	}

	public List<Long> speakers() {
		return Arrays.stream(this.speakers.split(",")).map(Long::valueOf).toList();
	}

	public int getPosition() {
		return this.position;
	}

	public Long current() {
		List<Long> all = speakers();
		return (this.position < all.size()) ? all.get(this.position) : null;
	}

	public Long next() {
		List<Long> all = speakers();
		return (this.position + 1 < all.size()) ? all.get(this.position + 1) : null;
	}

	public boolean isOpen() {
		return this.endedAt == null;
	}

}
