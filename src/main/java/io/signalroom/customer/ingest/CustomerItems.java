package io.signalroom.customer.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the items of a {@code POST /api/v1/customers} batch into customer records, with
 * limits that match the {@code customer} table's columns.
 */
final class CustomerItems {

	static final Set<String> FIELDS = Set.of("externalId", "name", "email", "segment", "plan", "stage", "owner",
			"revenue", "outcome", "outcomeOn", "attributes");

	private CustomerItems() {
	}

	/** One record per item, null where the item is invalid (its errors are added). */
	static List<CustomerRecord> read(List<JsonNode> items, List<ItemError> errors, JsonMapper json) {
		List<CustomerRecord> records = new ArrayList<>(items.size());
		Map<String, Integer> firstIndexOf = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			CustomerRecord record = read(items.get(i), i, errors, json);
			records.add(record);
			if (record != null && record.externalId() != null) {
				Integer first = firstIndexOf.putIfAbsent(record.externalId(), i);
				if (first != null) {
					errors.add(new ItemError(i, "externalId", "api.reason.duplicateInBatch", first));
				}
			}
		}
		return records;
	}

	private static CustomerRecord read(JsonNode item, int index, List<ItemError> errors, JsonMapper json) {
		if (!item.isObject()) {
			errors.add(new ItemError(index, null, "api.reason.notItemObject"));
			return null;
		}
		int before = errors.size();
		ItemReader reader = new ItemReader(item, index, errors, json);
		reader.allowOnly(FIELDS, "customer");
		CustomerRecord record = new CustomerRecord(reader.requiredText("externalId", 100),
				reader.requiredText("name", 200), reader.email("email", 254), reader.text("segment", 60),
				reader.text("plan", 60), reader.choice("stage", LifecycleStage.class), reader.text("owner", 120),
				reader.decimal("revenue", 14, 2), reader.choice("outcome", Outcome.class), reader.date("outcomeOn"),
				reader.attributes("attributes"));
		return (errors.size() == before) ? record : null;
	}

}
