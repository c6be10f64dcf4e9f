package io.signalroom.customer.book;

import java.util.Map;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customers list's search, filters, sorting and page, as they stand in the URL.
 */
public record CustomerListQuery(String q, String segment, String plan, LifecycleStage stage, String owner,
		Outcome outcome, CustomerSort sort, Boolean desc, Integer page) {

	public CustomerListQuery {
		q = blankToNull(q);
		segment = blankToNull(segment);
		plan = blankToNull(plan);
		owner = blankToNull(owner);
		sort = (sort != null) ? sort : CustomerSort.NAME;
		desc = (desc != null) ? desc : sort.descendingByDefault();
		page = (page != null && page > 0) ? page : 1;
	}

	public static CustomerListQuery all() {
		return new CustomerListQuery(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The query in request parameters; values that are not a stage, an outcome, a sort or
	 * a number are ignored, as if left empty.
	 */
	public static CustomerListQuery from(Map<String, String> params) {
		return new CustomerListQuery(params.get("q"), params.get("segment"), params.get("plan"),
				parse(LifecycleStage.class, params.get("stage")), params.get("owner"),
				parse(Outcome.class, params.get("outcome")), parse(CustomerSort.class, params.get("sort")),
				(params.get("desc") != null) ? Boolean.valueOf(params.get("desc")) : null, number(params.get("page")));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return (value == null) ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** This query without an owner filter, for a list that must not name owners. */
	public CustomerListQuery withoutOwner() {
		return new CustomerListQuery(this.q, this.segment, this.plan, this.stage, null, this.outcome, this.sort,
				this.desc, this.page);
	}

	public CustomerListQuery atPage(int number) {
		return new CustomerListQuery(this.q, this.segment, this.plan, this.stage, this.owner, this.outcome, this.sort,
				this.desc, number);
	}

	/**
	 * This query sorted by the named order, or in the other direction if it already is.
	 */
	public CustomerListQuery sortedBy(String name) {
		return sortedBy(CustomerSort.valueOf(name));
	}

	/** How a column header sorted by the named order announces itself (aria-sort). */
	public String ariaSort(String name) {
		if (!this.sort.name().equals(name)) {
			return null;
		}
		return this.desc ? "descending" : "ascending";
	}

	public CustomerListQuery sortedBy(CustomerSort by) {
		boolean direction = (by == this.sort) ? !this.desc : by.descendingByDefault();
		return new CustomerListQuery(this.q, this.segment, this.plan, this.stage, this.owner, this.outcome, by,
				direction, 1);
	}

	public boolean filtered() {
		return this.q != null || this.segment != null || this.plan != null || this.stage != null || this.owner != null
				|| this.outcome != null;
	}

	/** The list's URL for this query, as links and the browser history show it. */
	public String toUrl() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/customers");
		add(url, "q", this.q);
		add(url, "segment", this.segment);
		add(url, "plan", this.plan);
		add(url, "stage", this.stage);
		add(url, "owner", this.owner);
		add(url, "outcome", this.outcome);
		if (this.sort != CustomerSort.NAME || this.desc != this.sort.descendingByDefault()) {
			url.queryParam("sort", this.sort);
			url.queryParam("desc", this.desc);
		}
		if (this.page > 1) {
			url.queryParam("page", this.page);
		}
		return url.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
