package io.signalroom.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.signalroom.customer.book.AnonymizationSetting;
import io.signalroom.customer.book.Customer;
import io.signalroom.customer.book.CustomerListQuery;
import io.signalroom.customer.book.CustomerRow;
import io.signalroom.customer.book.CustomerSearch;
import io.signalroom.customer.book.Customers;

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

	CustomerCatalog(Customers customers, AnonymizationSetting anonymization, CustomerSearch search) {
		this.customers = customers;
		this.anonymization = anonymization;
		this.search = search;
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

	private static CustomerSummary summarize(Customer c, boolean anonymize) {
		return new CustomerSummary(c.getId(), c.getExternalId(), anonymize ? Pseudonyms.of(c.getId()) : c.getName(),
				anonymize ? null : c.getEmail(), c.getSegment(), c.getPlan(), c.getLifecycleStage(), c.getOwner(),
				c.getRevenue(), c.getOutcome(), c.getOutcomeOn(), anonymize);
	}

}
