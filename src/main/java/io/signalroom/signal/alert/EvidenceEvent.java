package io.signalroom.signal.alert;

import java.time.Instant;

/**
 * A timeline event that proves a detected signal.
 */
public record EvidenceEvent(long id, Instant occurredAt, String type, String department, String summary) {

	public String typeMessageKey() {
		return "eventType." + this.type;
	}

}
