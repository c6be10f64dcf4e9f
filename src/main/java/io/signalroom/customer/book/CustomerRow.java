package io.signalroom.customer.book;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;

/**
 * One line of the customers list, as the viewer may see it (under pseudonyms without
 * external id, owner and revenue), with the day (UTC) of the latest event and where its
 * link goes.
 */
public record CustomerRow(long id, String externalId, String name, String segment, String plan, LifecycleStage stage,
		String owner, BigDecimal revenue, Outcome outcome, LocalDate outcomeOn, LocalDate lastActivity, String path) {

}
