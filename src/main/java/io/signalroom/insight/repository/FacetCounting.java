package io.signalroom.insight.repository;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.signalroom.insight.repository.FacetLabels.Labels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, in one statement, the insights a search finds and, per facet, its most frequent
 * values under the search and every other chosen facet (standard faceted search: choosing
 * a value never hides the others of its own facet).
 */
@Component
class FacetCounting {

	private final JdbcClient jdbc;

	FacetCounting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts count(InsightSql sql) {
		List<String> parts = new ArrayList<>();
		parts.add("select '' as facet, null::text as v, count(*) as n from base i where true" + sql.facets(null));
		for (Facet facet : Facet.values()) {
			parts.add("""
					(select '%s', %s, count(*) from base i %s where %s%s
					 group by 2 order by 3 desc, 2 limit %d)""".formatted(facet.name(), facet.valueExpression(),
					facet.valuesFrom(), facet.presentCondition(), sql.facets(facet), InsightSearch.TOP_VALUES + 1));
		}
		// the rows are read once, then counted eight ways: cheaper than eight index scans
		Map<Facet, List<Count>> values = new EnumMap<>(Facet.class);
		long[] total = { 0 };
		this.jdbc.sql("""
				with base as materialized (
				  select i.category, i.status, i.signal_type_ids, i.departments, i.segments, i.tags, i.session_id
				  from insight i where %s)
				%s""".formatted(sql.base(), String.join("\nunion all\n", parts))).params(sql.params()).query((rs) -> {
			String facet = rs.getString("facet");
			if (facet.isEmpty()) {
				total[0] = rs.getLong("n");
			}
			else {
				values.computeIfAbsent(Facet.valueOf(facet), (f) -> new ArrayList<>())
					.add(new Count(rs.getString("v"), rs.getLong("n")));
			}
		});
		return new Counts(total[0], values);
	}

	record Count(String value, long count) {

	}

	/** The statement's answer: the total and up to one more than the top values. */
	record Counts(long total, Map<Facet, List<Count>> values) {

		List<FacetCounts> facets(InsightQuery query, Labels names) {
			List<FacetCounts> facets = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				List<Count> counted = this.values.getOrDefault(facet, List.of());
				List<FacetCounts.Value> shown = new ArrayList<>();
				counted.stream()
					.limit(InsightSearch.TOP_VALUES)
					.forEach((c) -> shown.add(new FacetCounts.Value(c.value(), names.of(facet, c.value()), c.count(),
							query.isChosen(facet, c.value()))));
				String chosen = query.value(facet);
				// the chosen value always shows, so it can be unchosen; its count is the
				// result's
				if (chosen != null && shown.stream().noneMatch(FacetCounts.Value::chosen)) {
					shown.add(0, new FacetCounts.Value(chosen, names.of(facet, chosen), this.total, true));
				}
				facets.add(new FacetCounts(facet, shown, counted.size() > InsightSearch.TOP_VALUES));
			}
			return facets;
		}

	}

}
