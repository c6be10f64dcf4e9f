package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A customer as it arrives from outside (import, API, demo generator), keyed by its
 * external id. Null fields are left as they are on an existing customer.
 */
public record CustomerRecord(String externalId, String name, String email, String segment, String plan,
		LifecycleStage stage, String owner, BigDecimal revenue, Outcome outcome, LocalDate outcomeOn,
		Map<String, Object> attributes) {

}
