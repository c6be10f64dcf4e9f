package io.signalroom.insight.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.workspace.Department;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads a search from request parameters. Nothing a user types is an error: a value that
 * cannot be a facet value, a date or a page number is left out, with a notice saying so.
 */
final class InsightQueryReader {

	static final int MAX_WORDS_LENGTH = 200;

	static final int MAX_VALUE_LENGTH = 60;

	private InsightQueryReader() {
	}

	static InsightQuery read(Map<String, String> params, List<Notice> notices) {
		String q = clean(params.get("q"));
		if (q != null && q.length() > MAX_WORDS_LENGTH) {
			q = q.substring(0, MAX_WORDS_LENGTH);
			notices.add(Notice.of("repository.notice.longSearch", MAX_WORDS_LENGTH));
		}
		Map<Facet, String> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			String value = clean(params.get(facet.parameter()));
			if (value == null) {
				continue;
			}
			if (fits(facet, value)) {
				facets.put(facet, value);
			}
			else {
				notices.add(Notice.of("repository.notice.unknownValue", label(facet.messageKey()), abbreviate(value)));
			}
		}
		LocalDate from = date(params.get("from"), "from", notices);
		LocalDate to = date(params.get("to"), "to", notices);
		if (from != null && to != null && from.isAfter(to)) {
			notices.add(Notice.of("repository.notice.reversedDates", from, to));
			from = null;
			to = null;
		}
		return new InsightQuery(q, facets, from, to, sort(params.get("sort")), page(params.get("page"), notices));
	}

	private static boolean fits(Facet facet, String value) {
		return switch (facet) {
			case CATEGORY -> isName(InsightCategory.class, value);
			case STATUS -> isName(InsightStatus.class, value);
			case DEPARTMENT -> isName(Department.class, value);
			case SIGNAL_TYPE, SESSION -> value.matches("[1-9][0-9]{0,17}");
			case SEGMENT, TAG -> value.length() <= MAX_VALUE_LENGTH;
		};
	}

	private static <E extends Enum<E>> boolean isName(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate date(String text, String which, List<Notice> notices) {
		String value = clean(text);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() >= 1900 && date.getYear() <= 2999) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// told below
		}
		notices.add(Notice.of("repository.notice.badDate", label("repository.field." + which), abbreviate(value)));
		return null;
	}

	private static InsightSort sort(String text) {
		String value = clean(text);
		return (value != null && isName(InsightSort.class, value)) ? InsightSort.valueOf(value) : null;
	}

	private static int page(String text, List<Notice> notices) {
		String value = clean(text);
		if (value == null) {
			return 1;
		}
		if (!value.matches("-?[0-9]{1,9}") || Integer.parseInt(value) < 1) {
			notices.add(Notice.of("repository.notice.badPage", abbreviate(value)));
			return 1;
		}
		return Integer.parseInt(value);
	}

	/** PostgreSQL refuses NUL characters in text, so they never reach it. */
	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replace("\u0000", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** A message argument that is itself a message, resolved when the notice is shown. */
	private static MessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
