package io.signalroom.insight.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an open action counts as overdue or due soon. Days are UTC days, as every date in
 * the app is shown in UTC until members have time zones of their own.
 */
public final class DueDates {

	/** "Due soon" means due today or within this many days. */
	public static final int SOON_DAYS = 7;

	private DueDates() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	public static boolean isOverdue(LocalDate due, LocalDate today) {
		return due != null && due.isBefore(today);
	}

	public static boolean isDueSoon(LocalDate due, LocalDate today) {
		return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(SOON_DAYS));
	}

}
