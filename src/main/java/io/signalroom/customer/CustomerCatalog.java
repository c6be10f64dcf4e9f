package io.signalroom.customer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.signalroom.customer.book.AnonymizationSetting;
import io.signalroom.customer.book.Customer;
import io.signalroom.customer.book.CustomerListQuery;
import io.signalroom.customer.book.CustomerRow;
import io.signalroom.customer.book.CustomerSearch;
import io.signalroom.customer.book.Customers;
import io.signalroom.customer.book.TimelineEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read about customers: summaries of one workspace's customers,
 * pseudonymized when the workspace's setting or the caller's own switch (a practice
 * session's, say) asks for it.
 */
@Service
public class CustomerCatalog {

	private final Customers customers;

	private final AnonymizationSetting anonymization;

	private final CustomerSearch search;

	private final TimelineEvents events;

	CustomerCatalog(Customers customers, AnonymizationSetting anonymization, CustomerSearch search,
			TimelineEvents events) {
		this.customers = customers;
		this.anonymization = anonymization;
		this.search = search;
		this.events = events;
	}

	/**
	 * The first page (by name) of the workspace's customers whose name, external id or
	 * (when pseudonymized) pseudonym contains the text; all customers for a blank text.
	 */
	@Transactional(readOnly = true)
	public List<CustomerSummary> search(long workspaceId, String text, boolean anonymizeAnyway) {
		CustomerListQuery query = new CustomerListQuery(text, null, null, null, null, null, null, null, null);
		List<Long> ids = this.search.search(workspaceId, query).rows().stream().map(CustomerRow::id).toList();
		List<CustomerSummary> found = summaries(workspaceId, ids, anonymizeAnyway);
		return ids.stream().flatMap((id) -> found.stream().filter((c) -> c.id() == id)).toList();
	}

	/** Whether pages of this workspace show pseudonyms, given the caller's own switch. */
	@Transactional(readOnly = true)
	public boolean anonymizes(long workspaceId, boolean anonymizeAnyway) {
		return anonymizeAnyway || this.anonymization.isOn(workspaceId);
	}

	@Transactional(readOnly = true)
	public Optional<CustomerSummary> summary(long workspaceId, long customerId, boolean anonymizeAnyway) {
		boolean anonymize = anonymizes(workspaceId, anonymizeAnyway);
		return this.customers.findByWorkspaceIdAndId(workspaceId, customerId).map((c) -> summarize(c, anonymize));
	}

	/** Summaries of those of the given customers that belong to the workspace. */
	@Transactional(readOnly = true)
	public List<CustomerSummary> summaries(long workspaceId, Collection<Long> customerIds, boolean anonymizeAnyway) {
		boolean anonymize = anonymizes(workspaceId, anonymizeAnyway);
		return this.customers.findByWorkspaceIdAndIdIn(workspaceId, customerIds)
			.stream()
			.map((c) -> summarize(c, anonymize))
			.toList();
	}

	/**
	 * A customer's most recent timeline events, newest first, at most {@code limit}; none
	 * for a customer of another workspace.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> recentEvents(long workspaceId, long customerId, int limit,
			boolean anonymizeAnyway) {
		return this.events.recent(workspaceId, customerId, limit, anonymizes(workspaceId, anonymizeAnyway));
	}

	/**
	 * Those of the given timeline events that belong to the workspace, by id; ids of
	 * another workspace or of no event are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TimelineEventSummary> events(long workspaceId, Collection<Long> eventIds,
			boolean anonymizeAnyway) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.events.withIds(workspaceId, eventIds, anonymizes(workspaceId, anonymizeAnyway))
			.stream()
			.collect(Collectors.toMap(TimelineEventSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * Free texts about customers (an interpretation, say), in the order given, with every
	 * mention of their customer's name and e-mail replaced by its pseudonym when the
	 * workspace or the caller shows pseudonyms; otherwise, or for a customer of another
	 * workspace, unchanged.
	 */
	@Transactional(readOnly = true)
	public List<String> scrubbed(long workspaceId, List<TextAbout> texts, boolean anonymizeAnyway) {
		if (texts.isEmpty() || !anonymizes(workspaceId, anonymizeAnyway)) {
			return texts.stream().map(TextAbout::text).toList();
		}
		Map<Long, Customer> about = this.customers
			.findByWorkspaceIdAndIdIn(workspaceId, texts.stream().map(TextAbout::customerId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Customer::getId, Function.identity()));
		return texts.stream().map((t) -> {
			Customer c = about.get(t.customerId());
			return (c != null) ? Pseudonyms.scrub(t.text(), c.getId(), c.getName(), c.getEmail()) : t.text();
		}).toList();
	}

	private static CustomerSummary summarize(Customer c, boolean anonymize) {
		return new CustomerSummary(c.getId(), c.getExternalId(), anonymize ? Pseudonyms.of(c.getId()) : c.getName(),
				anonymize ? null : c.getEmail(), c.getSegment(), c.getPlan(), c.getLifecycleStage(), c.getOwner(),
				c.getRevenue(), c.getOutcome(), c.getOutcomeOn(), anonymize);
	}

	/** A free text (which may be null) about one customer. */
	public record TextAbout(long customerId, String text) {

	}

}
