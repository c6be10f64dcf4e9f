package io.signalroom.insight.record;

import jakarta.persistence.Embeddable;

/**
 * What an insight rests on: a customer, and the interpretation, timeline event and
 * detected signal of theirs it points at, where known.
 */
@Embeddable
class Evidence {

	private long customerId;

	private Long interpretationId;

	private Long timelineEventId;

	private Long detectedSignalId;

	protected Evidence() {
	}

	Evidence(long customerId, Long interpretationId, Long timelineEventId, Long detectedSignalId) {
		this.customerId = customerId;
		this.interpretationId = interpretationId;
		this.timelineEventId = timelineEventId;
		this.detectedSignalId = detectedSignalId;
	}

	long getCustomerId() {
		return this.customerId;
	}

	Long getInterpretationId() {
		return this.interpretationId;
	}

	Long getTimelineEventId() {
		return this.timelineEventId;
	}

	Long getDetectedSignalId() {
		return this.detectedSignalId;
	}

}
