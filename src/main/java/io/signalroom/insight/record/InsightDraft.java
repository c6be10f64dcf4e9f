package io.signalroom.insight.record;

import java.util.List;
import java.util.Set;

import io.signalroom.workspace.Department;

/**
 * An insight as the board suggests it: a statement (a cluster's name or an
 * interpretation's text), the interpretations behind it, and the facets they imply —
 * their authors' departments, the signal types of the detected signals they point at,
 * their customers' segments.
 *
 * @param sourceKey message key saying where the draft came from
 * @param sourceName the cluster's name, or null
 */
public record InsightDraft(String sourceKey, String sourceName, String statement, List<EvidenceItem> evidence,
		List<Department> departments, Set<Long> signalTypeIds, List<String> segments) {

	public List<Long> interpretationIds() {
		return this.evidence.stream().map(EvidenceItem::interpretationId).toList();
	}

	/**
	 * One interpretation behind the insight, with the customer, timeline event and
	 * detected signal it concerns ({@code timelineEventId} is the event the author named,
	 * else the last recorded event proving the detected signal).
	 */
	public record EvidenceItem(long interpretationId, String text, Department department, long customerId,
			String customerName, Long timelineEventId, Long detectedSignalId, String signalTypeName,
			Long signalTypeId) {

		Evidence toEvidence() {
			return new Evidence(this.customerId, this.interpretationId, this.timelineEventId, this.detectedSignalId);
		}

	}

}
