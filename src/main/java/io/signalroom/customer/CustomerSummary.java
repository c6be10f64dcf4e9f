package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What other modules may show of a customer, as the {@link CustomerLens} it was read
 * through lets a viewer see it. Under pseudonyms {@code name} is "Customer K7QM2" and
 * {@code email}, {@code externalId}, {@code owner} and {@code revenue} are null.
 * {@code path} is where a link to this customer goes: its timeline, or, under pseudonyms,
 * a timeline that keeps the pseudonym. Read as of a past day, {@code stage} and
 * {@code revenue} are null and the outcome shows only if it was reached by then.
 */
public record CustomerSummary(long id, String externalId, String name, String email, String segment, String plan,
		LifecycleStage stage, String owner, BigDecimal revenue, Outcome outcome, LocalDate outcomeOn,
		boolean pseudonymized, String path) {

}
