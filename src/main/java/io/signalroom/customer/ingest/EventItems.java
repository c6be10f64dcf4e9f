package io.signalroom.customer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.signalroom.customer.EventRecord;
import io.signalroom.customer.EventType;
import io.signalroom.workspace.Department;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the items of a {@code POST /api/v1/events} batch into event records, with limits
 * that match the {@code timeline_event} table's columns. The client's {@code eventId}
 * becomes the source key that makes re-sending harmless.
 */
final class EventItems {

	static final Set<String> FIELDS = Set.of("eventId", "customerExternalId", "occurredAt", "type", "department",
			"channel", "summary", "value", "attributes");

	private EventItems() {
	}

	/** One record per item, null where the item is invalid (its errors are added). */
	static List<EventRecord> read(List<JsonNode> items, List<ItemError> errors, JsonMapper json) {
		List<EventRecord> records = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			records.add(read(items.get(i), i, errors, json));
		}
		return records;
	}

	private static EventRecord read(JsonNode item, int index, List<ItemError> errors, JsonMapper json) {
		if (!item.isObject()) {
			errors.add(new ItemError(index, null, "api.reason.notItemObject"));
			return null;
		}
		int before = errors.size();
		ItemReader reader = new ItemReader(item, index, errors, json);
		reader.allowOnly(FIELDS, "event");
		String eventId = reader.text("eventId", 200);
		EventRecord record = new EventRecord(reader.requiredText("customerExternalId", 100),
				reader.requiredTimestamp("occurredAt"), reader.requiredChoice("type", EventType.class),
				reader.choice("department", Department.class), reader.text("channel", 60), reader.text("summary", 2000),
				reader.decimal("value", 18, 4), reader.attributes("attributes"), eventId);
		return (errors.size() == before) ? record : null;
	}

}
