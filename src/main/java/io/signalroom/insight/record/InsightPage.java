package io.signalroom.insight.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.signalroom.customer.EventType;
import io.signalroom.insight.ActionStatus;
import io.signalroom.insight.InsightStatus;
import io.signalroom.signal.SignalCategory;
import io.signalroom.workspace.Department;

/**
 * Everything the insight page shows: the insight, the session it came from, its signal
 * types, the evidence trail, its status history and the actions born from it.
 */
public record InsightPage(Insight insight, SessionRef session, List<SignalTypeChoices.SignalTypeRef> signalTypes,
		List<EvidenceLine> evidence, List<HistoryLine> history, List<ActionLine> actions) {

	public record SessionRef(long id, String focus) {

	}

	/**
	 * One piece of evidence: the interpretation (if it still exists) with its author's
	 * department, the customer, the timeline event and the detected signal.
	 */
	public record EvidenceLine(long customerId, String customerName, String customerPath, String interpretationText,
			Department department, String authorName, Long eventId, Instant eventAt, EventType eventType,
			String eventSummary, Long detectedSignalId, String signalName, SignalCategory signalCategory,
			Instant signalFiredAt) {

	}

	/** {@code from} is null on the first line, when the insight was recorded. */
	public record HistoryLine(String who, Instant at, InsightStatus from, InsightStatus to, String reason) {

	}

	public record ActionLine(String title, ActionStatus status, LocalDate dueOn, String ownerName) {

	}

	/** The statuses a manager may move the insight to from here. */
	public List<InsightStatus> nextStatuses() {
		return java.util.Arrays.stream(InsightStatus.values()).filter((s) -> s != this.insight.getStatus()).toList();
	}

}
