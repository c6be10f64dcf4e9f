package io.signalroom.session.planning;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.Instant;

/**
 * How often a series meets, and how far a held session may stray from its planned date
 * and still count as keeping the cadence.
 */
public enum Cadence {

	ONCE(0, Duration.ofDays(2)), WEEKLY(1, Duration.ofDays(2)), BIWEEKLY(2, Duration.ofDays(3)),
	MONTHLY(0, Duration.ofDays(7));

	/** How many sessions a new series plans ahead. */
	public static final int SERIES_LENGTH = 6;

	private final int weeks;

	private final Duration tolerance;

	Cadence(int weeks, Duration tolerance) {
		this.weeks = weeks;
		this.tolerance = tolerance;
	}

	/** The n-th date of the series (0 is the first), same time of day in UTC. */
	public Instant occurrence(Instant first, int n) {
		ZonedDateTime start = first.atZone(ZoneOffset.UTC);
		return switch (this) {
			case ONCE -> first;
			case MONTHLY -> start.plusMonths(n).toInstant();
			default -> start.plusWeeks((long) this.weeks * n).toInstant();
		};
	}

	public Duration tolerance() {
		return this.tolerance;
	}

	public boolean isSeries() {
		return this != ONCE;
	}

	public String messageKey() {
		return "session.cadence." + name();
	}

}
