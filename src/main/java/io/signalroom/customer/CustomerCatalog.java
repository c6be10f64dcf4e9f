package io.signalroom.customer;

import java.time.Instant;
import java.time.LocalDate;
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
import io.signalroom.customer.book.CustomerPaths;
import io.signalroom.customer.book.CustomerRow;
import io.signalroom.customer.book.CustomerSearch;
import io.signalroom.customer.book.Customers;
import io.signalroom.customer.book.Pseudonyms;
import io.signalroom.customer.book.TimelineEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read about customers, always through a {@link CustomerLens}:
 * this is the one place that turns a customer into what a viewer may see of it.
 */
@Service
public class CustomerCatalog {

	private final Customers customers;

	private final AnonymizationSetting anonymization;

	private final CustomerSearch search;

	private final TimelineEvents events;

	private final Pseudonyms pseudonyms;

	CustomerCatalog(Customers customers, AnonymizationSetting anonymization, CustomerSearch search,
			TimelineEvents events, Pseudonyms pseudonyms) {
		this.customers = customers;
		this.anonymization = anonymization;
		this.search = search;
		this.events = events;
		this.pseudonyms = pseudonyms;
	}

	/**
	 * The first page (by name as shown) of the workspace's customers whose name, external
	 * id or, under pseudonyms, pseudonym contains the text; all customers for a blank
	 * text.
	 */
	@Transactional(readOnly = true)
	public List<CustomerSummary> search(long workspaceId, String text, CustomerLens lens) {
		boolean pseudonymize = showsPseudonyms(workspaceId, lens);
		CustomerListQuery query = new CustomerListQuery(text, null, null, null, null, null, null, null, null);
		List<Long> ids = this.search.search(workspaceId, query, pseudonymize)
			.rows()
			.stream()
			.map(CustomerRow::id)
			.toList();
		Map<Long, CustomerSummary> found = summaries(workspaceId, ids, lens).stream()
			.collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
		return ids.stream().map(found::get).toList();
	}

	/** Whether customers seen through the lens appear under pseudonyms. */
	@Transactional(readOnly = true)
	public boolean showsPseudonyms(long workspaceId, CustomerLens lens) {
		return lens.alwaysPseudonyms() || this.anonymization.isOn(workspaceId);
	}

	@Transactional(readOnly = true)
	public Optional<CustomerSummary> summary(long workspaceId, long customerId, CustomerLens lens) {
		return summaries(workspaceId, List.of(customerId), lens).stream().findFirst();
	}

	/** Summaries of those of the given customers that belong to the workspace. */
	@Transactional(readOnly = true)
	public List<CustomerSummary> summaries(long workspaceId, Collection<Long> customerIds, CustomerLens lens) {
		if (customerIds.isEmpty()) {
			return List.of();
		}
		List<Customer> found = this.customers.findByWorkspaceIdAndIdIn(workspaceId, customerIds);
		if (!showsPseudonyms(workspaceId, lens)) {
			return found.stream().map(CustomerCatalog::named).toList();
		}
		Map<Long, String> codes = this.pseudonyms.codes(workspaceId, Pseudonyms.WORKSPACE,
				found.stream().map(Customer::getId).toList());
		return found.stream().map((c) -> pseudonymized(c, codes.get(c.getId()))).toList();
	}

	/**
	 * Customers as they stood at the end of the {@code cut} day (UTC), for reading a past
	 * customer without knowing how it ended: the outcome only if it was reached by then,
	 * the stage and the revenue unknown ({@code null}), since only today's are kept.
	 */
	@Transactional(readOnly = true)
	public List<CustomerSummary> summariesAsOf(long workspaceId, Collection<Long> customerIds, LocalDate cut,
			CustomerLens lens) {
		return summaries(workspaceId, customerIds, lens).stream().map((c) -> asOf(c, cut)).toList();
	}

	/**
	 * A customer's latest timeline events that happened at or before {@code cut}, newest
	 * first, at most {@code limit}; none for a customer of another workspace.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> eventsUpTo(long workspaceId, long customerId, Instant cut, int limit,
			CustomerLens lens) {
		return this.events.upTo(workspaceId, customerId, cut, limit, showsPseudonyms(workspaceId, lens));
	}

	/**
	 * A customer's most recent timeline events, newest first, at most {@code limit}; none
	 * for a customer of another workspace.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> recentEvents(long workspaceId, long customerId, int limit, CustomerLens lens) {
		return this.events.recent(workspaceId, customerId, limit, showsPseudonyms(workspaceId, lens));
	}

	/**
	 * Those of the given timeline events that belong to the workspace, by id; ids of
	 * another workspace or of no event are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TimelineEventSummary> events(long workspaceId, Collection<Long> eventIds, CustomerLens lens) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.events.withIds(workspaceId, eventIds, showsPseudonyms(workspaceId, lens))
			.stream()
			.collect(Collectors.toMap(TimelineEventSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * Free texts about customers (an interpretation, say), in the order given; under
	 * pseudonyms every mention of their customer's name, e-mail and external id is
	 * replaced by its pseudonym. A text about a customer of another workspace is left as
	 * it is.
	 */
	@Transactional(readOnly = true)
	public List<String> scrubbed(long workspaceId, List<TextAbout> texts, CustomerLens lens) {
		if (texts.isEmpty() || !showsPseudonyms(workspaceId, lens)) {
			return texts.stream().map(TextAbout::text).toList();
		}
		List<Long> ids = texts.stream().map(TextAbout::customerId).distinct().toList();
		Map<Long, Customer> about = this.customers.findByWorkspaceIdAndIdIn(workspaceId, ids)
			.stream()
			.collect(Collectors.toMap(Customer::getId, Function.identity()));
		Map<Long, String> codes = this.pseudonyms.codes(workspaceId, Pseudonyms.WORKSPACE, about.keySet());
		return texts.stream().map((t) -> {
			Customer c = about.get(t.customerId());
			return (c != null) ? Pseudonyms.scrub(t.text(), Pseudonyms.label(codes.get(c.getId())), c.getName(),
					c.getEmail(), c.getExternalId()) : t.text();
		}).toList();
	}

	private static CustomerSummary asOf(CustomerSummary c, LocalDate cut) {
		boolean known = c.outcomeOn() != null && !c.outcomeOn().isAfter(cut);
		return new CustomerSummary(c.id(), c.externalId(), c.name(), c.email(), c.segment(), c.plan(), null, c.owner(),
				null, known ? c.outcome() : null, known ? c.outcomeOn() : null, c.pseudonymized(), c.path());
	}

	private static CustomerSummary named(Customer c) {
		return new CustomerSummary(c.getId(), c.getExternalId(), c.getName(), c.getEmail(), c.getSegment(), c.getPlan(),
				c.getLifecycleStage(), c.getOwner(), c.getRevenue(), c.getOutcome(), c.getOutcomeOn(), false,
				CustomerPaths.named(c.getId()));
	}

	private static CustomerSummary pseudonymized(Customer c, String code) {
		if (code == null) {
			throw new IllegalStateException("Customer " + c.getId() + " has no pseudonym");
		}
		return new CustomerSummary(c.getId(), null, Pseudonyms.label(code), null, c.getSegment(), c.getPlan(),
				c.getLifecycleStage(), null, null, c.getOutcome(), c.getOutcomeOn(), true,
				CustomerPaths.pseudonym(code));
	}

	/** A free text (which may be null) about one customer. */
	public record TextAbout(long customerId, String text) {

	}

}
