package io.signalroom.customer.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventsImported;
import io.signalroom.customer.ingest.IngestReceipts.CustomersStored;
import io.signalroom.customer.ingest.IngestReceipts.EventsStored;
import io.signalroom.customer.book.CustomerUpserts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores API batches all or nothing: every item is checked first, and one invalid item
 * refuses the whole batch before anything is written.
 */
@Service
class CustomerIngest {

	static final int MAX_BATCH = 1000;

	private final CustomerUpserts upserts;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher publisher;

	CustomerIngest(CustomerUpserts upserts, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher) {
		this.upserts = upserts;
		this.jdbc = jdbc;
		this.json = json;
		this.publisher = publisher;
	}

	@Transactional
	CustomersStored storeCustomers(long workspaceId, JsonNode body) {
		List<JsonNode> items = items(body);
		List<ItemError> errors = new ArrayList<>();
		List<CustomerRecord> customers = CustomerItems.read(items, errors, this.json);
		if (!errors.isEmpty()) {
			throw new InvalidItems(errors);
		}
		if (customers.isEmpty()) {
			return new CustomersStored(0, 0, 0);
		}
		Set<String> known = knownCustomers(workspaceId, customers.stream().map(CustomerRecord::externalId).toList());
		this.upserts.upsertCustomers(workspaceId, customers);
		return new CustomersStored(items.size(), customers.size() - known.size(), known.size());
	}

	@Transactional
	EventsStored storeEvents(long workspaceId, JsonNode body) {
		List<JsonNode> items = items(body);
		List<ItemError> errors = new ArrayList<>();
		List<EventRecord> events = EventItems.read(items, errors, this.json);
		Set<String> known = knownCustomers(workspaceId,
				events.stream().filter(Objects::nonNull).map(EventRecord::customerExternalId).toList());
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i) != null && !known.contains(events.get(i).customerExternalId())) {
				errors.add(new ItemError(i, "customerExternalId", "api.reason.unknownCustomer"));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
			throw new InvalidItems(errors);
		}
		if (events.isEmpty()) {
			return new EventsStored(0, 0, 0);
		}
		Set<String> keys = new HashSet<>(events.stream().map(CustomerUpserts::sourceKey).toList());
		int inserted = keys.size() - storedKeys(workspaceId, keys);
		Set<Long> customerIds = this.upserts.insertEvents(workspaceId, events);
		if (!customerIds.isEmpty()) {
			this.publisher.publishEvent(new EventsImported(workspaceId, Set.copyOf(customerIds)));
		}
		return new EventsStored(items.size(), inserted, items.size() - inserted);
	}

	private static List<JsonNode> items(JsonNode body) {
		if (body == null || !body.isArray()) {
			throw BatchRefused.notAnArray();
		}
		if (body.size() > MAX_BATCH) {
			throw BatchRefused.tooLarge(body.size());
		}
		return List.copyOf(body.values());
	}

	private Set<String> knownCustomers(long workspaceId, List<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select external_id from customer where workspace_id = ? and external_id = any (?)")
					.params(workspaceId, externalIds.toArray(String[]::new))
					.query(String.class)
					.list());
	}

	private int storedKeys(long workspaceId, Set<String> keys) {
		return this.jdbc.sql("select count(*) from timeline_event where workspace_id = ? and source_key = any (?)")
			.params(workspaceId, keys.toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

}
