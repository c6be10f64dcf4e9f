package io.signalroom.customer.book;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;

/**
 * One line of the customers list, with the name as the viewer may see it and the day
 * (UTC) of the latest event.
 */
public record CustomerRow(long id, String externalId, String name, String segment, String plan, LifecycleStage stage,
		String owner, BigDecimal revenue, Outcome outcome, LocalDate outcomeOn, LocalDate lastActivity) {

}
