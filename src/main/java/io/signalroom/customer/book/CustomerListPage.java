package io.signalroom.customer.book;

import java.util.List;
import java.util.Map;

import io.signalroom.shared.web.PageLinks;

/**
 * One page of the customers list with the counts per filter value. {@code query} holds
 * the page actually shown: a page past the end shows the last one.
 */
public record CustomerListPage(CustomerListQuery query, List<CustomerRow> rows, long total, int pages,
		Map<String, List<FilterCount>> counts, boolean anonymized) {

	public static final int SIZE = 50;

	public int page() {
		return this.query.page();
	}

	public long firstShown() {
		return this.rows.isEmpty() ? 0 : (long) (page() - 1) * SIZE + 1;
	}

	public long lastShown() {
		return (long) (page() - 1) * SIZE + this.rows.size();
	}

	public PageLinks pageLinks() {
		return new PageLinks(page(), this.pages, (p) -> this.query.atPage(p).toUrl());
	}

	/** A value of a filter and how many customers it would show. */
	public record FilterCount(String value, long count) {

	}

}
