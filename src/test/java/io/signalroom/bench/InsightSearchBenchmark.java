package io.signalroom.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.signalroom.insight.search.Facet;
import io.signalroom.insight.search.InsightQuery;
import io.signalroom.insight.search.InsightResults;
import io.signalroom.insight.search.InsightSearch;
import io.signalroom.session.SessionEvidence;
import io.signalroom.signal.SignalFixtures;
import io.signalroom.support.IntegrationTest;
import io.signalroom.workspace.CurrentMember;
import io.signalroom.workspace.Department;
import io.signalroom.workspace.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insight repository over 1,000,000 insights in one workspace whose text follows a
 * Zipf-like vocabulary (see {@link InsightBenchData}: a few words are very common, most
 * are rare). Two two-word searches with two facets chosen (department Support, status
 * Validated), all facet counts and the first page: a typical one, both words of middling
 * frequency ({@value #TYPICAL}), and a deliberately broad one of two very common words
 * ({@value #BROAD}); each through {@link InsightSearch} (the call the page makes, names
 * of signal types and sessions included) against the bare SQL statements it sends, on the
 * same data in the same run, with the number of insights each matches. Then the landing
 * page (nothing chosen), one broad word, and one facet without words, through the service
 * only. Prints median, p95 and their ratio (goals: p95 under 50 ms, ratio under 2x) and
 * the plans; never fails on a time. Run with
 * {@code ./mvnw test -Pbench -Dtest=InsightSearchBenchmark} (add
 * {@code -Dbench.runs=200 -Dbench.warmup=30} on a quiet machine, or
 * {@code -Dbench.insights=100000} for a quick look).
 */
@Tag("bench")
@IntegrationTest
class InsightSearchBenchmark {

	static final int INSIGHTS = Integer.getInteger("bench.insights", 1_000_000);

	static final int WARMUP = Integer.getInteger("bench.warmup", 3);

	static final int RUNS = Integer.getInteger("bench.runs", 30);

	/** Searches that read most of the table are measured a few times only. */
	static final int SLOW_RUNS = 5;

	/** Two words of middling frequency (ranks 70 and 71 of the vocabulary). */
	static final String TYPICAL = "sponsor executive";

	/** Two of the most common words: a deliberately broad search. */
	static final String BROAD = "support churn";

	@Autowired
	InsightSearch search;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SessionEvidence sessions;

	@Test
	void twoWordSearchWithTwoFacetsOverAMillionInsights() {
		CurrentMember admin = this.fixtures.newWorkspace();
		CurrentMember manager = this.fixtures.member(admin, Role.MANAGER, Department.CUSTOMER_SUCCESS, "Mo");
		long t0 = System.nanoTime();
		InsightBenchData.generate(this.jdbc, new TransactionTemplate(this.transactions), admin, INSIGHTS);
		System.out.printf("%n== InsightSearchBenchmark ==%nGenerated %,d insights in %.1f s (%s)%n", INSIGHTS,
				seconds(t0),
				this.jdbc.sql("select pg_size_pretty(pg_total_relation_size('insight'))").query(String.class).single());
		for (String word : List.of("customer", "support", "churn", "webinar", "sponsor", "executive", "milestone")) {
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
		System.out.printf("Service answer: %,d results%s, %d hits on page 1, facets %s%n", sample.total(),
				sample.sampled() ? " (counted within the newest " + sample.sampledFrom() + " matches)" : "",
				sample.hits().size(),
				sample.facets().stream().map((f) -> f.facet() + "=" + f.values().size()).toList());
		BareSql bare = new BareSql(this.jdbc, this.transactions, admin.workspaceId(), words);
		boolean slow = matching > 20_000;
		int warmup = slow ? 1 : WARMUP;
		int runs = slow ? SLOW_RUNS : RUNS;
		long[] service = measure(() -> this.search.search(manager, query, new ArrayList<>()), warmup, runs);
		long[] sql = measure(bare::run, warmup, runs);
		print(kind + ": InsightSearch.search (service, as the page calls it)", service);
		print(kind + ": bare SQL (the statements the service sends)", sql);
		System.out.printf("[bench] %s: ratio service / bare SQL: median %.2fx, p95 %.2fx (goal < 2x)%n", kind,
				median(service) / median(sql), p95(service) / p95(sql));
		// the service names the sessions in one call to the session module's facade
		List<Long> sessions = sample.facets()
			.get(Facet.SESSION.ordinal())
			.values()
			.stream()
			.map((v) -> Long.valueOf(v.value()))
			.toList();
		print(kind + ": naming the " + sessions.size() + " sessions of the session facet (SessionEvidence.headings)",
				measure(() -> this.sessions.headings(manager.workspaceId(), sessions), warmup, runs));
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the counting statement:");
		bare.explainCounts().forEach((line) -> System.out.println("  " + line));
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
	 * parameters, run straight through JDBC with no mapping or names: the words check,
	 * the counting statement (matching set read once, facet counts, the page's ids) in
	 * its read-only transaction with {@code work_mem} raised, and the page's twenty rows
	 * with the words marked.
	 */
	static final class BareSql {

		private static final String BASE = "i.workspace_id = :ws and i.search_vector @@ websearch_to_tsquery('english', :q)";

		private static final String DEPARTMENT = " and i.departments @> array[cast(:d as varchar)]";

		private static final String STATUS = " and i.status = cast(:s as varchar)";

		private final JdbcClient jdbc;

		private final TransactionTemplate readOnly;

		private final Map<String, Object> params = new HashMap<>();

		BareSql(JdbcClient jdbc, PlatformTransactionManager transactions, long workspaceId, String words) {
			this.jdbc = jdbc;
			this.readOnly = new TransactionTemplate(transactions);
			this.readOnly.setReadOnly(true);
			this.params.putAll(Map.of("ws", workspaceId, "q", words, "d", "SUPPORT", "s", "VALIDATED", "sentinels",
					"\uE000\uE001", "opts", "StartSel=\uE000, StopSel=\uE001, HighlightAll=true", "opts2",
					"StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12", "sample", 10_000, "pageSize", 20,
					"page", 1));
		}

		Object run() {
			this.jdbc.sql("select numnode(websearch_to_tsquery('english', :q))")
				.params(this.params)
				.query(Integer.class)
				.single();
			List<Map<String, Object>> counts = this.readOnly.execute((tx) -> {
				this.jdbc.sql("set local work_mem = '32MB'").update();
				return this.jdbc.sql(countsSql()).params(this.params).query().listOfRows();
			});
			Long[] ids = counts.stream()
				.filter((row) -> "#".equals(row.get("facet")))
				.map((row) -> Long.valueOf((String) row.get("v")))
				.toArray(Long[]::new);
			Map<String, Object> withIds = new HashMap<>(this.params);
			withIds.put("ids", ids);
			List<Map<String, Object>> hits = this.jdbc.sql(hitsSql()).params(withIds).query().listOfRows();
			return counts.size() + hits.size();
		}

		List<String> explainCounts() {
			return this.readOnly.execute((tx) -> {
				this.jdbc.sql("set local work_mem = '32MB'").update();
				return this.jdbc.sql("explain (analyze, buffers) " + countsSql())
					.params(this.params)
					.query(String.class)
					.list();
			});
		}

		private static String countsSql() {
			String both = DEPARTMENT + STATUS;
			return """
					with matched as materialized (
					  select i.id, i.created_at, i.category, i.status, i.signal_type_ids, i.departments, i.segments,
					         i.tags, i.session_id, i.search_vector
					  from insight i where %s
					  order by created_at desc, id desc limit :sample + 1),
					sample as materialized (select * from matched order by created_at desc, id desc limit :sample),
					shown as materialized (select i.id, i.created_at, ts_rank_cd(i.search_vector, websearch_to_tsquery('english', :q)) as rank
					                       from sample i where true %s),
					page as (
					  select id, row_number() over (order by rank desc, created_at desc, id desc) as position from (
					    select * from shown order by rank desc, created_at desc, id desc limit :pageSize
					    offset :pageSize * (least(:page, (select greatest(1, ceil(count(*) / cast(:pageSize as numeric)))
					                                      from shown)) - 1)) p)
					select '#' as facet, id::text as v, position as n from page
					union all select '', null, count(*) from shown
					union all select '+', null, count(*) from matched
					union all (select 'CATEGORY', i.category::text, count(*) from sample i where i.category is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'STATUS', i.status::text, count(*) from sample i where i.status is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SIGNAL_TYPE', u.v::text, count(*) from sample i cross join lateral unnest(i.signal_type_ids) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'DEPARTMENT', u.v::text, count(*) from sample i cross join lateral unnest(i.departments) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SEGMENT', u.v::text, count(*) from sample i cross join lateral unnest(i.segments) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'SESSION', i.session_id::text, count(*) from sample i where i.session_id is not null %s group by 2 order by 3 desc, 2 limit 9)
					union all (select 'TAG', u.v::text, count(*) from sample i cross join lateral unnest(i.tags) as u(v) where true %s group by 2 order by 3 desc, 2 limit 9)"""
				.formatted(BASE, both, both, DEPARTMENT, both, STATUS, both, both, both, both);
		}

		private static String hitsSql() {
			return """
					select i.id, ts_headline('english', translate(i.statement, :sentinels, ''), websearch_to_tsquery('english', :q), :opts) as sm,
					       ts_headline('english', translate(i.test_plan, :sentinels, ''), websearch_to_tsquery('english', :q), :opts2) as tm,
					       i.category, i.status, i.departments, i.signal_type_ids, i.segments, i.tags, i.session_id, i.created_at
					from insight i where i.workspace_id = :ws and i.id = any(cast(:ids as bigint[]))""";
		}

	}

}
