package io.signalroom.insight.record;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.session.SessionBoard;
import io.signalroom.session.SessionBoard.Entry;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.shared.RuleViolation;
import io.signalroom.signal.DetectedSignalView;
import io.signalroom.signal.SignalTaxonomy;

import org.springframework.stereotype.Component;

/**
 * Turns what a session's board shows its viewer (a cluster, a top-voted interpretation,
 * or interpretations picked by id) into an {@link InsightDraft}. Only interpretations on
 * this session's board, as the viewer sees it, can become evidence.
 */
@Component
class InsightDrafting {

	private final CustomerCatalog customers;

	private final SignalTaxonomy signals;

	InsightDrafting(CustomerCatalog customers, SignalTaxonomy signals) {
		this.customers = customers;
		this.signals = signals;
	}

	InsightDraft fromCluster(SessionBoard board, long clusterId) {
		SessionBoard.Cluster cluster = board.clusters()
			.stream()
			.filter((c) -> c.id() == clusterId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Cluster"));
		Set<Long> onBoard = board.entries().stream().map(Entry::id).collect(Collectors.toSet());
		List<Long> visible = cluster.entryIds().stream().filter(onBoard::contains).toList();
		return draft(board, "insight.draft.fromCluster", cluster.name(), cluster.name(), visible);
	}

	InsightDraft fromInterpretation(SessionBoard board, long interpretationId) {
		Entry entry = board.entries()
			.stream()
			.filter((e) -> e.id() == interpretationId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Interpretation"));
		String text = entry.text().strip();
		String statement = (text.length() > InsightContent.MAX_STATEMENT)
				? text.substring(0, InsightContent.MAX_STATEMENT) : text;
		return draft(board, "insight.draft.fromInterpretation", null, statement, List.of(interpretationId));
	}

	/**
	 * The evidence a submitted form names; refuses an id that is not on this session's
	 * board (another session's, another workspace's, or hidden from the viewer).
	 */
	InsightDraft forEvidence(SessionBoard board, Collection<Long> interpretationIds) {
		List<Long> ids = (interpretationIds != null)
				? interpretationIds.stream().filter(Objects::nonNull).distinct().toList() : List.of();
		Set<Long> onBoard = board.entries().stream().map(Entry::id).collect(Collectors.toSet());
		if (!onBoard.containsAll(ids)) {
			throw new RuleViolation("interpretationIds", "insight.evidenceNotInSession");
		}
		return draft(board, "insight.draft.fromForm", null, "", ids);
	}

	private InsightDraft draft(SessionBoard board, String sourceKey, String sourceName, String statement,
			List<Long> entryIds) {
		long workspaceId = board.session().workspaceId();
		Map<Long, Entry> byId = board.entries().stream().collect(Collectors.toMap(Entry::id, Function.identity()));
		List<Entry> entries = entryIds.stream().map(byId::get).filter(Objects::nonNull).toList();
		Set<Long> customerIds = entries.stream().map(Entry::customerId).collect(Collectors.toSet());
		Map<Long, CustomerSummary> customers = this.customers
			.summaries(workspaceId, customerIds, CustomerLens.session(board.session().anonymizeCustomers()))
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
		Map<Long, DetectedSignalView> detected = new HashMap<>();
		entries.stream()
			.filter((e) -> e.detectedSignalId() != null)
			.map(Entry::customerId)
			.distinct()
			.forEach((customerId) -> this.signals
				.detectedSignalsFor(workspaceId, customerId, CustomerLens.session(board.session().anonymizeCustomers()))
				.forEach((d) -> detected.put(d.id(), d)));
		List<InsightDraft.EvidenceItem> evidence = entries.stream().map((e) -> {
			DetectedSignalView signal = (e.detectedSignalId() != null) ? detected.get(e.detectedSignalId()) : null;
			CustomerSummary customer = customers.get(e.customerId());
			return new InsightDraft.EvidenceItem(e.id(), e.text(), e.department(), e.customerId(),
					(customer != null) ? customer.name() : "#" + e.customerId(), event(e, signal), e.detectedSignalId(),
					(signal != null) ? signal.signalTypeName() : null, (signal != null) ? signal.signalTypeId() : null);
		}).toList();
		Set<Long> signalTypeIds = evidence.stream()
			.map(InsightDraft.EvidenceItem::signalTypeId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<String> segments = customers.values()
			.stream()
			.map(CustomerSummary::segment)
			.filter((s) -> s != null && !s.isBlank())
			.distinct()
			.sorted()
			.toList();
		return new InsightDraft(sourceKey, sourceName, statement, evidence,
				entries.stream().map(Entry::department).filter(Objects::nonNull).distinct().sorted().toList(),
				signalTypeIds, segments);
	}

	/**
	 * The event the author named, else the last recorded of those proving the detected
	 * signal.
	 */
	private static Long event(Entry entry, DetectedSignalView signal) {
		if (entry.timelineEventId() != null) {
			return entry.timelineEventId();
		}
		if (signal == null || signal.evidenceEventIds().isEmpty()) {
			return null;
		}
		return signal.evidenceEventIds().stream().max(Long::compare).orElse(null);
	}

}
