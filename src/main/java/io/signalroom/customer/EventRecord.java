package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.signalroom.workspace.Department;

/**
 * A timeline event as it arrives from outside, for the customer with the given external
 * id. {@code sourceKey} identifies it in its source; when null, one is derived from its
 * content.
 */
public record EventRecord(String customerExternalId, Instant occurredAt, EventType type, Department department,
		String channel, String summary, BigDecimal value, Map<String, Object> attributes, String sourceKey) {

}
