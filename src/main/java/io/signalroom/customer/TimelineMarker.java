package io.signalroom.customer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Something another module noticed on a customer's timeline at a moment, such as a
 * detected signal, with the timeline events that prove it.
 *
 * @param at when it happened (shown in the ISO week it falls in)
 * @param label what it is, ready to show
 * @param kindMessageKey the message key of what kind of marker it is, e.g. a signal
 * category
 * @param href where to read more, or {@code null}
 * @param evidenceEventIds ids of this customer's timeline events behind it
 */
public record TimelineMarker(Instant at, String label, String kindMessageKey, String href, Set<Long> evidenceEventIds) {

	public LocalDate weekMonday() {
		return this.at.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * The same marker without its link, for a timeline shown under a pseudonym: the page
	 * behind the link would name the customer.
	 */
	public TimelineMarker withoutLink() {
		return new TimelineMarker(this.at, this.label, this.kindMessageKey, null, this.evidenceEventIds);
	}

	public boolean proves(long eventId) {
		return this.evidenceEventIds.contains(eventId);
	}

}
