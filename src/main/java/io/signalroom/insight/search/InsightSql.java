package io.signalroom.insight.search;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL conditions of one search over insight {@code i} and their parameters. Every
 * statement starts from the member's workspace.
 */
final class InsightSql {

	private static final String WORDS = "websearch_to_tsquery('english', :q)";

	private final InsightQuery query;

	private final Map<String, Object> params = new LinkedHashMap<>();

	InsightSql(long workspaceId, InsightQuery query) {
		this.query = query;
		this.params.put("ws", workspaceId);
		if (query.q() != null) {
			this.params.put("q", query.q());
		}
		if (query.from() != null) {
			this.params.put("from", query.from().atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
		}
		if (query.to() != null) {
			this.params.put("to", query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
		}
		query.facets()
			.forEach((facet, value) -> this.params.put(facet.bind(), facet.numeric() ? Long.valueOf(value) : value));
	}

	Map<String, Object> params() {
		return this.params;
	}

	/** Workspace, words and dates: what every facet is counted within. */
	String base() {
		StringBuilder sql = new StringBuilder("i.workspace_id = :ws");
		if (this.query.q() != null) {
			sql.append(" and i.search_vector @@ ").append(WORDS);
		}
		if (this.query.from() != null) {
			sql.append(" and i.created_at >= :from");
		}
		if (this.query.to() != null) {
			sql.append(" and i.created_at < :to");
		}
		return sql.toString();
	}

	/** The chosen facet values, leaving out the one being counted (or none). */
	String facets(Facet except) {
		StringBuilder sql = new StringBuilder();
		this.query.facets().keySet().forEach((facet) -> {
			if (facet != except) {
				sql.append(" and ").append(facet.condition());
			}
		});
		return sql.toString();
	}

	String all() {
		return base() + facets(null);
	}

	/** Relevance of insight {@code i}; only computed when the order needs it. */
	String rank() {
		return (this.query.q() != null && this.query.sort() == InsightSort.RELEVANCE)
				? "ts_rank_cd(i.search_vector, " + WORDS + ")" : "0";
	}

	/**
	 * The order in which a search too broad to count whole keeps its first insights: the
	 * oldest for the oldest-first order, else the newest.
	 */
	String sampleOrder() {
		return (this.query.sort() == InsightSort.OLDEST) ? "created_at asc, id asc" : "created_at desc, id desc";
	}

	/**
	 * The text as {@code ts_headline} marks the search words in it, between the
	 * {@link Highlighted} sentinels (removed from the text first, so a user cannot forge
	 * them); the plain text without search words.
	 */
	String headline(String column, boolean whole) {
		if (this.query.q() == null) {
			return column;
		}
		this.params.put("sentinels", Highlighted.START + Highlighted.STOP);
		this.params.put("wholeOptions", Highlighted.OPTIONS + ", HighlightAll=true");
		this.params.put("excerptOptions", Highlighted.OPTIONS + ", MaxWords=30, MinWords=12");
		return "ts_headline('english', translate(" + column + ", :sentinels, ''), " + WORDS + ", "
				+ (whole ? ":wholeOptions" : ":excerptOptions") + ")";
	}

}
