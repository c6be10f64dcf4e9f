package io.signalroom.signal;

import java.time.Instant;
import java.util.List;

/**
 * A signal a detection rule found on a customer: when it fired, and the timeline events
 * that prove it (ids of {@code timeline_event} rows of that customer); once resolved,
 * when its condition stopped holding. The customer's name and the path of its timeline
 * are as the customer module shows them to the viewer (pseudonyms included).
 */
public record DetectedSignalView(long id, long signalTypeId, String signalTypeName, SignalCategory category,
		int urgency, long customerId, String customerName, String customerPath, Instant firedAt, AlertStatus status,
		List<Long> evidenceEventIds, String assigneeName, String dismissReason, Instant resolvedAt) {

	public DetectedSignalView withCustomer(String name, String path) {
		return new DetectedSignalView(this.id, this.signalTypeId, this.signalTypeName, this.category, this.urgency,
				this.customerId, name, path, this.firedAt, this.status, this.evidenceEventIds, this.assigneeName,
				this.dismissReason, this.resolvedAt);
	}

}
