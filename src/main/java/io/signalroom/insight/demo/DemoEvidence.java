package io.signalroom.insight.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.insight.demo.DemoInsightWriter.EvidenceRow;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoard.Entry;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;

import org.springframework.stereotype.Component;

/**
 * The evidence and facets of an insight drawn from board entries, filled the way the
 * insight module fills them when a facilitator records one: each entry's customer, the
 * event it names (else the last event proving its detected signal) and the signal; the
 * entries' departments, their customers' segments and their signals' types.
 */
@Component
class DemoEvidence {

	private final CustomerCatalog customers;

	private final SignalTaxonomy signals;

	DemoEvidence(CustomerCatalog customers, SignalTaxonomy signals) {
		this.customers = customers;
		this.signals = signals;
	}

	record Drawn(List<EvidenceRow> evidence, String[] departments, Long[] signalTypeIds, String[] segments) {

		Long firstCustomerId() {
			return this.evidence.isEmpty() ? null : this.evidence.get(0).customerId();
		}

	}

	Drawn from(long workspaceId, List<Entry> entries) {
		Map<Long, DetectedSignalView> detected = new HashMap<>();
		entries.stream()
			.filter((e) -> e.detectedSignalId() != null)
			.map(Entry::customerId)
			.distinct()
			.forEach((customerId) -> this.signals.detectedSignalsFor(workspaceId, customerId, CustomerLens.workspace())
				.forEach((d) -> detected.put(d.id(), d)));
		List<EvidenceRow> evidence = entries.stream().map((e) -> {
			DetectedSignalView signal = (e.detectedSignalId() != null) ? detected.get(e.detectedSignalId()) : null;
			return new EvidenceRow(e.customerId(), e.id(), event(e, signal), e.detectedSignalId());
		}).toList();
		Set<Long> customerIds = entries.stream().map(Entry::customerId).collect(Collectors.toSet());
		String[] segments = this.customers.summaries(workspaceId, customerIds, CustomerLens.workspace())
			.stream()
			.map(CustomerSummary::segment)
			.filter((s) -> s != null && !s.isBlank())
			.distinct()
			.sorted()
			.toArray(String[]::new);
		String[] departments = entries.stream()
			.map(Entry::department)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.map(Enum::name)
			.toArray(String[]::new);
		Long[] signalTypeIds = entries.stream()
			.map((e) -> detected.get(e.detectedSignalId()))
			.filter(Objects::nonNull)
			.map(DetectedSignalView::signalTypeId)
			.distinct()
			.sorted()
			.toArray(Long[]::new);
		return new Drawn(evidence, departments, signalTypeIds, segments);
	}

	/**
	 * The entries a lesson rests on: a cluster's (by name), or the top-voted entry with
	 * the other readings of its customer; empty when the board has neither.
	 */
	static List<Entry> entries(SessionBoard board, String cluster) {
		if (cluster == null) {
			return board.topVoted(1)
				.stream()
				.flatMap((top) -> board.entries().stream().filter((e) -> e.customerId() == top.customerId()))
				.sorted(Comparator.comparing((Entry e) -> e.votes()).reversed())
				.toList();
		}
		Map<Long, Entry> byId = board.entries().stream().collect(Collectors.toMap(Entry::id, (e) -> e));
		return board.clusters()
			.stream()
			.filter((c) -> c.name().equals(cluster))
			.findFirst()
			.map((c) -> c.entryIds().stream().map(byId::get).filter(Objects::nonNull).toList())
			.orElse(List.of());
	}

	private static Long event(Entry entry, DetectedSignalView signal) {
		if (entry.timelineEventId() != null) {
			return entry.timelineEventId();
		}
		if (signal == null) {
			return null;
		}
		return signal.evidenceEventIds().stream().max(Long::compare).orElse(null);
	}

}
