package io.signalroom.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.signalroom.insight.repository.Facet;
import io.signalroom.insight.repository.InsightQuery;
import io.signalroom.insight.repository.InsightResults;
import io.signalroom.insight.repository.InsightSearch;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The insight repository over 1,000,000 insights in one workspace: a two-word search with
 * two facets chosen, all facet counts and the first page, through {@link InsightSearch}
 * (the call the page makes, names of signal types and sessions included), against the
 * bare SQL statements it sends, on the same data in the same run. Prints median, p95 and
 * their ratio (goals: p95 under 50 ms, ratio under 2x) and the plans; never fails on a
 * time. Run with {@code ./mvnw test -Pbench -Dtest=InsightSearchBenchmark} (add
 * {@code -Dbench.runs=200 -Dbench.warmup=30} on a quiet machine).
 */
@Tag("bench")
@IntegrationTest
class InsightSearchBenchmark {

	static final int INSIGHTS = 1_000_000;

	static final int WARMUP = Integer.getInteger("bench.warmup", 3);

	static final int RUNS = Integer.getInteger("bench.runs", 30);

	/** Searches that read most of the table are measured a few times only. */
	static final int SLOW_RUNS = 5;

	/** Two words of middling frequency (ranks 69 and 70 of the vocabulary). */
	static final String TYPICAL = "webinar sponsor";

	/** Two of the most common words: a deliberately broad search. */
	static final String BROAD = "support churn";

	@Autowired
	InsightSearch search;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoWordSearchWithTwoFacetsOverAMillionInsights() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember manager = this.fixtures.member(admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mo");
		long t0 = System.nanoTime();
		InsightBenchData.generate(this.jdbc, admin, INSIGHTS);
		System.out.printf("%n== InsightSearchBenchmark ==%nGenerated %,d insights in %.1f s (%s)%n", INSIGHTS,
				seconds(t0),
				this.jdbc.sql("select pg_size_pretty(pg_total_relation_size('insight'))").query(String.class).single());
		for (String word : List.of("customer", "support", "churn", "webinar", "sponsor", "milestone")) {
			long n = count("search_vector @@ websearch_to_tsquery('english', '" + word + "')", admin);
			System.out.printf("  word '%s' is in %,d insights (%.2f%%)%n", word, n, 100.0 * n / INSIGHTS);
		}
		twoWordsAndTwoFacets("typical", TYPICAL, admin, manager);
		twoWordsAndTwoFacets("broad", BROAD, admin, manager);

		InsightQuery everything = InsightQuery.everything();
		print("InsightSearch.search, no words and no facets (landing page, counts over all 1M)",
				measure(() -> this.search.search(manager, everything, new ArrayList<>()), 1, SLOW_RUNS));
		InsightQuery oneWord = new InsightQuery("churn", Map.of(), null, null, null, 1);
		print("InsightSearch.search, one broad word ('churn'), no facets",
				measure(() -> this.search.search(manager, oneWord, new ArrayList<>()), 1, SLOW_RUNS));
		InsightQuery oneFacet = new InsightQuery(null, Map.of(Facet.DEPARTMENT, "SUPPORT"), null, null, null, 1);
		print("InsightSearch.search, no words, department Support",
				measure(() -> this.search.search(manager, oneFacet, new ArrayList<>()), 1, SLOW_RUNS));
	}

	private void twoWordsAndTwoFacets(String kind, String words, CurrentMember admin, CurrentMember manager) {
		String matches = "search_vector @@ websearch_to_tsquery('english', '" + words + "')";
		long matching = count(matches, admin);
		long chosen = count(matches + " and departments @> array['SUPPORT']::varchar[] and status = 'VALIDATED'",
				admin);
		System.out.printf(
				"%n-- %s: '%s' matches %,d insights (%.2f%%); with department Support and status " + "Validated %,d%n",
				kind, words, matching, 100.0 * matching / INSIGHTS, chosen);
		InsightQuery query = new InsightQuery(words, Map.of(Facet.DEPARTMENT, "SUPPORT", Facet.STATUS, "VALIDATED"),
				null, null, null, 1);
		InsightResults sample = this.search.search(manager, query, new ArrayList<>());
		System.out.printf("Service answer: %,d results, %d hits on page 1, facets %s%n", sample.total(),
				sample.hits().size(),
				sample.facets().stream().map((f) -> f.facet() + "=" + f.values().size()).toList());
		BareSql bare = new BareSql(this.jdbc, admin.workspaceId(), words);
		boolean slow = matching > 20_000;
		int warmup = slow ? 1 : WARMUP;
		int runs = slow ? SLOW_RUNS : RUNS;
		long[] service = measure(() -> this.search.search(manager, query, new ArrayList<>()), warmup, runs);
		long[] sql = measure(bare::run, warmup, runs);
		print(kind + ": InsightSearch.search (service, as the page calls it)", service);
		print(kind + ": bare SQL (the statements the service sends)", sql);
		System.out.printf("[bench] %s: ratio service / bare SQL: median %.2fx, p95 %.2fx (goal < 2x)%n", kind,
				median(service) / median(sql), p95(service) / p95(sql));
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the facet counts:");
		bare.explainCounts().forEach((line) -> System.out.println("  " + line));
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the page of hits:");
		bare.explainHits().forEach((line) -> System.out.println("  " + line));
	}

	private long count(String condition, CurrentMember admin) {
		return this.jdbc.sql("select count(*) from insight where workspace_id = ? and " + condition)
			.param(admin.workspaceId())
			.query(Long.class)
			.single();
	}

	private static long[] measure(Supplier<?> call) {
		return measure(call, WARMUP, RUNS);
	}

	private static long[] measure(Supplier<?> call, int warmup, int runs) {
		for (int i = 0; i < warmup; i++) {
			call.get();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			call.get();
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static double median(long[] sorted) {
		return sorted[sorted.length / 2] / 1e6;
	}

	private static double p95(long[] sorted) {
		return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
	}

	private static void print(String what, long[] sorted) {
		System.out.printf("[bench] %s, %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.length,
				median(sorted), p95(sorted), sorted[sorted.length - 1] / 1e6);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/**
	 * The statements the service sends for the measured search, written out with the same
	 * parameters, run straight through JDBC with no mapping or names.
	 */
	static final class BareSql {

		private static final String BASE = "i.workspace_id = :ws and i.search_vector @@ websearch_to_tsquery('english', :q)";

		private static final String DEPARTMENT = " and i.departments @> array[cast(:d as varchar)]";

		private static final String STATUS = " and i.status = cast(:s as varchar)";

		private final JdbcClient jdbc;

		private final Map<String, Object> params;

		BareSql(JdbcClient jdbc, long workspaceId, String words) {
			this.jdbc = jdbc;
			this.params = Map.of("ws", workspaceId, "q", words, "d", "SUPPORT", "s", "VALIDATED", "sentinels",
					"\uE000\uE001", "opts", "StartSel=\uE000, StopSel=\uE001, HighlightAll=true", "opts2",
					"StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12");
		}

		Object run() {
			this.jdbc.sql("select numnode(websearch_to_tsquery('english', :q))")
				.params(this.params)
				.query(Integer.class)
				.single();
			List<Map<String, Object>> counts = this.jdbc.sql(countsSql()).params(this.params).query().listOfRows();
			List<Map<String, Object>> hits = this.jdbc.sql(hitsSql()).params(this.params).query().listOfRows();
			return counts.size() + hits.size();
		}

		List<String> explainCounts() {
			return this.jdbc.sql("explain (analyze, buffers) " + countsSql())
				.params(this.params)
				.query(String.class)
				.list();
		}

		List<String> explainHits() {
			return this.jdbc.sql("explain (analyze, buffers) " + hitsSql())
				.params(this.params)
				.query(String.class)
				.list();
		}

		private static String countsSql() {
			String both = DEPARTMENT + STATUS;
			return """
					with base as materialized (
					  select i.category, i.status, i.signal_type_ids, i.departments, i.segments, i.tags, i.session_id
					  from insight i where %s)
					select '' as facet, null::text as v, count(*) as n from base i where true %s
					union all (select 'CATEGORY', i.category::text, count(*) from base i where i.category is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'STATUS', i.status::text, count(*) from base i where i.status is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SIGNAL_TYPE', u.v::text, count(*) from base i cross join lateral unnest(i.signal_type_ids) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'DEPARTMENT', u.v::text, count(*) from base i cross join lateral unnest(i.departments) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SEGMENT', u.v::text, count(*) from base i cross join lateral unnest(i.segments) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SESSION', i.session_id::text, count(*) from base i where i.session_id is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'TAG', u.v::text, count(*) from base i cross join lateral unnest(i.tags) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)"""
				.formatted(BASE, both, both, DEPARTMENT, both, STATUS, both, both, both);
		}

		private static String hitsSql() {
			return """
					select h.*, ts_headline('english', translate(h.statement, :sentinels, ''), websearch_to_tsquery('english', :q), :opts) as sm,
					       ts_headline('english', translate(h.test_plan, :sentinels, ''), websearch_to_tsquery('english', :q), :opts2) as tm
					from (select i.id, i.statement, i.category, i.status, i.test_plan, i.departments, i.signal_type_ids,
					             i.segments, i.tags, i.session_id, i.created_at,
					             ts_rank_cd(i.search_vector, websearch_to_tsquery('english', :q)) as rank
					      from insight i where %s%s%s
					      order by rank desc, created_at desc, id desc limit 20 offset 0) h
					order by rank desc, created_at desc, id desc"""
				.formatted(BASE, DEPARTMENT, STATUS);
		}

	}

}
