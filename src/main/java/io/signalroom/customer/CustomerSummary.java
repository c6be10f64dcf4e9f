package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What other modules may know of a customer, already pseudonymized when the workspace (or
 * the caller) asks for it: then {@code name} is "Customer A17" and {@code email} is null.
 */
public record CustomerSummary(long id, String externalId, String name, String email, String segment, String plan,
		LifecycleStage stage, String owner, BigDecimal revenue, Outcome outcome, LocalDate outcomeOn,
		boolean pseudonymized) {

}
