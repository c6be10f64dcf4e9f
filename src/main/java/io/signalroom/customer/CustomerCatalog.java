package io.signalroom.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

	/**
	 * Gives the customers pseudonyms in the lens's scope, once, so that later reads
	 * through it name them (an exercise does this when it picks its material).
	 */
	@Transactional
	public void preparePseudonyms(long workspaceId, CustomerLens lens, Collection<Long> customerIds) {
		this.pseudonyms.assign(workspaceId, lens.scope(), customerIds);
	}

	/** The customer a pseudonym of the lens's scope ("K7QM2") stands for. */
	@Transactional(readOnly = true)
	public Optional<Long> customerOfPseudonym(long workspaceId, CustomerLens lens, String code) {
		return Pseudonyms.codeIn(code).flatMap((c) -> this.pseudonyms.customerOf(workspaceId, lens.scope(), c));
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
		List<CustomerSummary> shown;
		if (!showsPseudonyms(workspaceId, lens)) {
			shown = found.stream().map(CustomerCatalog::named).toList();
		}
		else {
			Map<Long, String> codes = this.pseudonyms.codes(workspaceId, lens.scope(),
					found.stream().map(Customer::getId).toList());
			shown = found.stream().map((c) -> pseudonymized(c, codes.get(c.getId()), lens)).toList();
		}
		return (lens.cut() != null) ? shown.stream().map((c) -> asOf(c, lens.cut())).toList() : shown;
	}

	/**
	 * A customer's most recent timeline events (at the lens's cut, the latest up to it),
	 * newest first, at most {@code limit}; none for a customer of another workspace.
	 */
	@Transactional(readOnly = true)
	public List<TimelineEventSummary> recentEvents(long workspaceId, long customerId, int limit, CustomerLens lens) {
		return this.events.recent(workspaceId, customerId, limit, scopeShown(workspaceId, lens), lens.cut());
	}

	/**
	 * Those of the given timeline events that belong to the workspace (and, at the lens's
	 * cut, happened by then), by id; other ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, TimelineEventSummary> events(long workspaceId, Collection<Long> eventIds, CustomerLens lens) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.events.withIds(workspaceId, eventIds, scopeShown(workspaceId, lens), lens.cut())
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
		Map<Long, String> codes = this.pseudonyms.codes(workspaceId, lens.scope(), about.keySet());
		return texts.stream().map((t) -> {
			Customer c = about.get(t.customerId());
			return (c != null) ? Pseudonyms.scrub(t.text(), Pseudonyms.label(codes.get(c.getId())), c.getName(),
					c.getEmail(), c.getExternalId()) : t.text();
		}).toList();
	}

	/** The scope whose pseudonyms texts are scrubbed with, or null for real names. */
	private String scopeShown(long workspaceId, CustomerLens lens) {
		return showsPseudonyms(workspaceId, lens) ? lens.scope() : null;
	}

	/**
	 * A customer as it stood at the cut: only today's stage, plan and revenue are kept,
	 * so they are unknown; an outcome counts only if reached before the cut's day (UTC).
	 */
	static CustomerSummary asOf(CustomerSummary c, Instant cut) {
		LocalDate day = cut.atOffset(ZoneOffset.UTC).toLocalDate();
		boolean known = c.outcomeOn() != null && c.outcomeOn().isBefore(day);
		return new CustomerSummary(c.id(), c.externalId(), c.name(), c.email(), c.segment(), null, null, c.owner(),
				null, known ? c.outcome() : null, known ? c.outcomeOn() : null, c.pseudonymized(), c.path());
	}

	private static CustomerSummary named(Customer c) {
		return new CustomerSummary(c.getId(), c.getExternalId(), c.getName(), c.getEmail(), c.getSegment(), c.getPlan(),
				c.getLifecycleStage(), c.getOwner(), c.getRevenue(), c.getOutcome(), c.getOutcomeOn(), false,
				CustomerPaths.named(c.getId()));
	}

	private static CustomerSummary pseudonymized(Customer c, String code, CustomerLens lens) {
		if (code == null) {
			throw new IllegalStateException("Customer " + c.getId() + " has no pseudonym in " + lens);
		}
		return new CustomerSummary(c.getId(), null, Pseudonyms.label(code), null, c.getSegment(), c.getPlan(),
				c.getLifecycleStage(), null, null, c.getOutcome(), c.getOutcomeOn(), true, lens.pathPrefix() + code);
	}

	/** A free text (which may be null) about one customer. */
	public record TextAbout(long customerId, String text) {

	}

}
