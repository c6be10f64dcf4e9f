package io.signalroom.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.signalroom.shared.web.PageLinks;
import io.signalroom.workspace.Department;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a customer's timeline page shows: the customer, the activity chart, the
 * filter choices with their counts, and one page of events grouped by ISO week (newest
 * first).
 */
public record TimelinePage(CustomerSummary customer, ActivityChart chart, boolean chartByType, Department department,
		EventType type, List<Choice<Department>> departments, List<Choice<EventType>> types, List<Week> weeks,
		long matching, int page, int pages) {

	public static final int SIZE = 100;

	public PageLinks pageLinks() {
		return new PageLinks(this.page, this.pages, this::pageUrl);
	}

	/** This page's URL with another page number, filters and chart kept. */
	public String pageUrl(int number) {
		return url(this.chartByType).queryParam("page", number).toUriString();
	}

	/** This page's URL with the chart stacked by type or by department, the rest kept. */
	public String chartUrl(boolean byType) {
		return url(byType).queryParam("page", this.page).toUriString();
	}

	private UriComponentsBuilder url(boolean byType) {
		return UriComponentsBuilder.fromPath(this.customer.path())
			.queryParamIfPresent("chart", Optional.ofNullable(byType ? "type" : null))
			.queryParamIfPresent("department", Optional.ofNullable(this.department))
			.queryParamIfPresent("type", Optional.ofNullable(this.type));
	}

	public boolean filtered() {
		return this.department != null || this.type != null;
	}

	/** A value to filter by and how many events it would show given the other filter. */
	public record Choice<T>(T value, long count) {

	}

	/** The events of one ISO week on this page. */
	public record Week(LocalDate monday, int number, int year, List<Line> events) {

		public LocalDate sunday() {
			return this.monday.plusDays(6);
		}

	}

	/** One event as shown: its summary already pseudonymized when the workspace asks. */
	public record Line(long id, Instant occurredAt, EventType type, Department department, String channel,
			String summary, BigDecimal value) {

		/** When it happened, in UTC (members have no time zone of their own yet). */
		public LocalDateTime utc() {
			return this.occurredAt.atOffset(ZoneOffset.UTC).toLocalDateTime();
		}

	}

}
