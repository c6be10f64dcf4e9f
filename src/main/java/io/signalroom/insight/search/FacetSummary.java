package io.signalroom.insight.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.search.FacetCounting.Count;
import io.signalroom.insight.search.FacetCounting.Counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The repository before anything narrows it: exact counts from the per-workspace counters
 * the database keeps as insights change (table {@code insight_facet_count}), and a page
 * of the newest or oldest insights by index. Costs the same for ten insights as for a
 * million.
 */
@Component
class FacetSummary {

	private final JdbcClient jdbc;

	FacetSummary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts count(InsightSql sql, InsightQuery query) {
		long[] total = { 0 };
		Map<Facet, List<Count>> values = new EnumMap<>(Facet.class);
		this.jdbc.sql("""
				select facet, value, insights from (
				  select c.*, row_number() over (partition by facet order by insights desc, value) as place
				  from insight_facet_count c where c.workspace_id = :ws and c.insights > 0) top
				where place <= :top
				order by facet, place""")
			.param("ws", sql.params().get("ws"))
			.param("top", InsightSearch.TOP_VALUES + 1)
			.query((rs) -> {
				String facet = rs.getString("facet");
				if (facet.isEmpty()) {
					total[0] = rs.getLong("insights");
				}
				else {
					values.computeIfAbsent(Facet.valueOf(facet), (f) -> new ArrayList<>())
						.add(new Count(rs.getString("value"), rs.getLong("insights")));
				}
			});
		int page = Math.min(query.page(), Counts.pages(total[0]));
		List<Long> ids = this.jdbc
			.sql("select i.id from insight i where i.workspace_id = :ws order by %s limit :size offset :skip"
				.formatted(query.sort().orderBy()))
			.param("ws", sql.params().get("ws"))
			.param("size", InsightResults.PAGE_SIZE)
			.param("skip", (long) (page - 1) * InsightResults.PAGE_SIZE)
			.query(Long.class)
			.list();
		return new Counts(total[0], 0, page, ids, values);
	}

}
