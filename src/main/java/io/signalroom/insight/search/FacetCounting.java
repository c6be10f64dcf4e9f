package io.signalroom.insight.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.signalroom.insight.search.FacetLabels.Labels;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts, in one statement, the insights a search finds and, per facet, its most frequent
 * values under the search and every other chosen facet (standard faceted search: choosing
 * a value never hides the others of its own facet), and picks the ids of the page to
 * show. The matching insights are read once, their narrow columns only; relevance is
 * computed for those that pass every facet. A search whose words and dates match more
 * than {@link #SAMPLE} insights is counted within the first {@code SAMPLE} of them in
 * date order (see {@link InsightSql#sampleOrder()}), so no search reads more than that.
 */
@Component
class FacetCounting {

	static final int SAMPLE = 10_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final int sample;

	@Autowired
	FacetCounting(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, SAMPLE);
	}

	FacetCounting(JdbcClient jdbc, PlatformTransactionManager transactions, int sample) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.sample = sample;
	}

	Counts count(InsightSql sql, InsightQuery query) {
		List<String> parts = new ArrayList<>();
		parts.add("select '#' as facet, id::text as v, position as n from page");
		parts.add("select '', null, count(*) from shown");
		parts.add("select '+', null, count(*) from matched");
		for (Facet facet : Facet.values()) {
			parts.add("""
					(select '%s', %s, count(*) from sample i %s where %s%s
					 group by 2 order by 3 desc, 2 limit %d)""".formatted(facet.name(), facet.valueExpression(),
					facet.valuesFrom(), facet.presentCondition(), sql.facets(facet), InsightSearch.TOP_VALUES + 1));
		}
		sql.params().put("sample", this.sample);
		sql.params().put("pageSize", InsightResults.PAGE_SIZE);
		sql.params().put("page", query.page());
		String order = query.sort().orderBy();
		String statement = """
				with matched as materialized (
				  select i.id, i.created_at, i.category, i.status, i.signal_type_ids, i.departments, i.segments,
				         i.tags, i.session_id, i.search_vector
				  from insight i where %s
				  order by %s limit :sample + 1),
				sample as materialized (select * from matched order by %s limit :sample),
				shown as materialized (select i.id, i.created_at, %s as rank from sample i where true%s),
				page as (
				  select id, row_number() over (order by %s) as position from (
				    select * from shown order by %s limit :pageSize
				    offset :pageSize * (least(:page, (select greatest(1, ceil(count(*) / cast(:pageSize as numeric)))
				                                      from shown)) - 1)) p)
				%s""".formatted(sql.base(), sql.sampleOrder(), sql.sampleOrder(), sql.rank(), sql.facets(null), order,
				order, String.join("\nunion all\n", parts));
		Counts.Builder counts = new Counts.Builder(this.sample);
		this.readOnly.executeWithoutResult((tx) -> {
			// the matching rows are kept and counted in memory, not in temporary files
			this.jdbc.sql("set local work_mem = '32MB'").update();
			this.jdbc.sql(statement).params(sql.params()).query((rs) -> {
				counts.add(rs.getString("facet"), rs.getString("v"), rs.getLong("n"));
			});
		});
		return counts.build(query.page());
	}

	record Count(String value, long count) {

	}

	/**
	 * The answer: the total (within the first {@code sampledFrom} matches when that is
	 * not 0), the page shown and its insights' ids in order, and per facet up to one more
	 * than the top values.
	 */
	record Counts(long total, int sampledFrom, int page, List<Long> ids, Map<Facet, List<Count>> values) {

		static int pages(long total) {
			return (int) Math.max(1, (total + InsightResults.PAGE_SIZE - 1) / InsightResults.PAGE_SIZE);
		}

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

		/** Collects the statement's rows: {@code #} page ids, {@code ''} total. */
		static final class Builder {

			private final int sample;

			private long total;

			private long matched;

			private final Map<Long, Long> idsByPosition = new TreeMap<>();

			private final Map<Facet, List<Count>> values = new EnumMap<>(Facet.class);

			Builder(int sample) {
				this.sample = sample;
			}

			void add(String facet, String value, long n) {
				switch (facet) {
					case "#" -> this.idsByPosition.put(n, Long.valueOf(value));
					case "" -> this.total = n;
					case "+" -> this.matched = n;
					default -> this.values.computeIfAbsent(Facet.valueOf(facet), (f) -> new ArrayList<>())
						.add(new Count(value, n));
				}
			}

			Counts build(int asked) {
				return new Counts(this.total, (this.matched > this.sample) ? this.sample : 0,
						Math.min(asked, pages(this.total)), List.copyOf(this.idsByPosition.values()), this.values);
			}

		}

	}

}
