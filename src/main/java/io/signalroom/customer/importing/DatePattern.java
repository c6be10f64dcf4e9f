package io.signalroom.customer.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Optional;

/**
 * The date and time formats an import recognises. Times without an offset are read as
 * UTC.
 */
public enum DatePattern {

	ISO_DATE("yyyy-MM-dd", true), ISO_DATE_TIME("yyyy-MM-ddTHH:mm:ss[Z]", false),
	SQL_DATE_TIME("yyyy-MM-dd HH:mm:ss", false), DAY_MONTH_YEAR("dd/MM/yyyy", true), MONTH_DAY_YEAR("MM/dd/yyyy", true);

	private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS]")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("M/d/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final String example;

	private final boolean dateOnly;

	DatePattern(String example, boolean dateOnly) {
		this.example = example;
		this.dateOnly = dateOnly;
	}

	public String example() {
		return this.example;
	}

	/** The instant the text names, at midnight UTC for a date. */
	public Instant parseInstant(String text) {
		String value = text.strip();
		return switch (this) {
			case ISO_DATE -> LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			case ISO_DATE_TIME -> isoDateTime(value);
			case SQL_DATE_TIME -> LocalDateTime.parse(value, SQL).toInstant(ZoneOffset.UTC);
			case DAY_MONTH_YEAR -> LocalDate.parse(value, DMY).atStartOfDay(ZoneOffset.UTC).toInstant();
			case MONTH_DAY_YEAR -> LocalDate.parse(value, MDY).atStartOfDay(ZoneOffset.UTC).toInstant();
		};
	}

	/** The day the text names (the UTC day for a time). */
	public LocalDate parseDate(String text) {
		return LocalDate.ofInstant(parseInstant(text), ZoneOffset.UTC);
	}

	public boolean parses(String text) {
		try {
			parseInstant(text);
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

	private static Instant isoDateTime(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
	}

	/**
	 * The pattern that reads the most non-blank samples, if it reads more than half of
	 * them (a few bad values must not hide a date column). Day-first and month-first
	 * dates are told apart by samples whose first or second number exceeds 12; on a tie
	 * the earlier pattern (ISO, then day-first) wins.
	 */
	public static Optional<DatePattern> detect(Collection<String> samples) {
		long nonBlank = samples.stream().filter((s) -> s != null && !s.isBlank()).count();
		DatePattern best = null;
		long bestCount = 0;
		for (DatePattern pattern : values()) {
			long count = samples.stream().filter((s) -> s != null && !s.isBlank() && pattern.parses(s)).count();
			if (count > bestCount) {
				best = pattern;
				bestCount = count;
			}
		}
		return (bestCount * 2 > nonBlank) ? Optional.of(best) : Optional.empty();
	}

	public boolean dateOnly() {
		return this.dateOnly;
	}

	public String messageKey() {
		return "import.date." + name();
	}

}
