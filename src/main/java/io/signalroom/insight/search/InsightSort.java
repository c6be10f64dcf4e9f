package io.signalroom.insight.search;

/**
 * The orders the repository offers; relevance only means something with search words.
 * Ties are broken by id so pages never overlap.
 */
public enum InsightSort {

	RELEVANCE("rank desc, created_at desc, id desc"), NEWEST("created_at desc, id desc"),
	OLDEST("created_at asc, id asc");

	private final String orderBy;

	InsightSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

	public String messageKey() {
		return "repository.sort." + name();
	}

}
