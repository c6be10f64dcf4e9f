package io.signalroom.insight.search;

import java.util.List;

import io.signalroom.shared.web.PageLinks;

/**
 * One page of a repository search, the facets with their counts, and what the page should
 * tell about the search. {@code query} is the page actually shown: a page past the end
 * shows the last one. {@code sampledFrom} is 0, or, when the words and dates match too
 * many insights to count them all, how many of the newest (or oldest) ones the results
 * and counts cover.
 */
public record InsightResults(InsightQuery query, List<InsightHit> hits, long total, int pages, List<FacetCounts> facets,
		List<Notice> notices, int sampledFrom) {

	public static final int PAGE_SIZE = 20;

	public int page() {
		return this.query.page();
	}

	public long firstShown() {
		return this.hits.isEmpty() ? 0 : (long) (page() - 1) * PAGE_SIZE + 1;
	}

	public long lastShown() {
		return (long) (page() - 1) * PAGE_SIZE + this.hits.size();
	}

	public PageLinks pageLinks() {
		return new PageLinks(page(), this.pages, (p) -> this.query.atPage(p).toUrl());
	}

	/** An export holds at most {@link InsightExports#MAX_ROWS} insights. */
	public boolean exportCapped() {
		return this.total > InsightExports.MAX_ROWS;
	}

	public int exportCap() {
		return InsightExports.MAX_ROWS;
	}

	/**
	 * The counts cover part of what matches: the newest or oldest {@link #sampledFrom}.
	 */
	public boolean sampled() {
		return this.sampledFrom > 0;
	}

	/** Nothing in the workspace yet, as opposed to nothing matching the search. */
	public boolean repositoryEmpty() {
		return this.total == 0 && !this.query.filtered();
	}

}
