package io.signalroom.insight.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A repository search as it stands in the URL: search words, at most one chosen value per
 * facet, a creation date range (UTC days, both ends included), the order and the page.
 * Build one from request parameters with {@link InsightQueryReader}.
 */
public record InsightQuery(String q, Map<Facet, String> facets, LocalDate from, LocalDate to, InsightSort sort,
		int page) {

	public InsightQuery {
		q = (q == null || q.isBlank()) ? null : q.strip();
		EnumMap<Facet, String> chosen = new EnumMap<>(Facet.class);
		if (facets != null) {
			chosen.putAll(facets);
		}
		facets = Collections.unmodifiableMap(chosen);
		// relevance needs search words; without them the newest come first
		if (sort == null || (sort == InsightSort.RELEVANCE && q == null)) {
			sort = (q != null) ? InsightSort.RELEVANCE : InsightSort.NEWEST;
		}
		page = Math.max(page, 1);
	}

	public static InsightQuery everything() {
		return new InsightQuery(null, null, null, null, null, 1);
	}

	public String value(Facet facet) {
		return this.facets.get(facet);
	}

	public boolean isChosen(Facet facet, String value) {
		return value != null && value.equals(this.facets.get(facet));
	}

	/** Anything that narrows the result: words, a facet value or a date. */
	public boolean filtered() {
		return this.q != null || !this.facets.isEmpty() || this.from != null || this.to != null;
	}

	public InsightQuery atPage(int number) {
		return new InsightQuery(this.q, this.facets, this.from, this.to, this.sort, number);
	}

	public InsightQuery sortedBy(InsightSort by) {
		return new InsightQuery(this.q, this.facets, this.from, this.to, by, 1);
	}

	/** Chooses the value, or unchooses it if it is already chosen; back to page 1. */
	public InsightQuery toggled(Facet facet, String value) {
		Map<Facet, String> chosen = new EnumMap<>(Facet.class);
		chosen.putAll(this.facets);
		if (isChosen(facet, value)) {
			chosen.remove(facet);
		}
		else {
			chosen.put(facet, value);
		}
		return new InsightQuery(this.q, chosen, this.from, this.to, this.sort, 1);
	}

	public InsightQuery without(Facet facet) {
		Map<Facet, String> chosen = new EnumMap<>(Facet.class);
		chosen.putAll(this.facets);
		chosen.remove(facet);
		return new InsightQuery(this.q, chosen, this.from, this.to, this.sort, 1);
	}

	/**
	 * The order a search gets unless told otherwise: best match with words, else newest.
	 */
	public InsightSort usualSort() {
		return (this.q != null) ? InsightSort.RELEVANCE : InsightSort.NEWEST;
	}

	/**
	 * The sort parameter for an order: empty for the usual one, so a search that gains
	 * words falls back to best match first.
	 */
	public String sortParameter(InsightSort by) {
		return (by == usualSort()) ? "" : by.name();
	}

	/** The repository page's URL for this search, to share or bookmark. */
	public String toUrl() {
		return url("/insights", true);
	}

	/** The same search's whole result as a file: {@code csv} or {@code md}. */
	public String exportUrl(String format) {
		return url("/insights/export." + format, false);
	}

	private String url(String path, boolean withPage) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (this.q != null) {
			url.queryParam("q", this.q);
		}
		this.facets.forEach((facet, value) -> url.queryParam(facet.parameter(), value));
		if (this.from != null) {
			url.queryParam("from", this.from);
		}
		if (this.to != null) {
			url.queryParam("to", this.to);
		}
		if (this.sort != usualSort()) {
			url.queryParam("sort", this.sort);
		}
		if (withPage && this.page > 1) {
			url.queryParam("page", this.page);
		}
		return url.encode().build().toUriString();
	}

}
