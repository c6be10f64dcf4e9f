package io.signalroom.insight.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.signalroom.insight.InsightCategory;
import io.signalroom.insight.InsightStatus;
import io.signalroom.insight.search.FacetLabels.Labels;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches one workspace's insights: ranked full-text search with the words marked, and
 * for every facet the counts under the search and the other chosen facets. A search
 * counts and picks its page in one statement ({@link FacetCounting}); the repository
 * before any filter counts from kept counters ({@link FacetSummary}). Then the page's
 * twenty insights are read, with the search words marked in them only.
 */
@Service
public class InsightSearch {

	static final int TOP_VALUES = 8;

	private final JdbcClient jdbc;

	private final FacetCounting counting;

	private final FacetSummary summary;

	private final FacetLabels labels;

	InsightSearch(JdbcClient jdbc, FacetCounting counting, FacetSummary summary, FacetLabels labels) {
		this.jdbc = jdbc;
		this.counting = counting;
		this.summary = summary;
		this.labels = labels;
	}

	/**
	 * The search as read from the URL; notices already gathered while reading it are kept
	 * and more are added. Not one transaction: the session module answers a session the
	 * member may not open with an exception, which would doom a transaction shared with
	 * it.
	 */
	public InsightResults search(CurrentMember me, InsightQuery asked, List<Notice> notices) {
		InsightQuery query = withSearchableWords(asked, notices);
		InsightSql sql = new InsightSql(me.workspaceId(), query);
		FacetCounting.Counts counts = query.filtered() ? this.counting.count(sql, query)
				: this.summary.count(sql, query);
		int pages = FacetCounting.Counts.pages(counts.total());
		InsightQuery shown = query;
		if (query.page() > pages) {
			notices.add(Notice.of("repository.notice.pastTheEnd", query.page(), pages));
			shown = query.atPage(pages);
		}
		List<Row> rows = hits(sql, counts.ids());
		Set<Long> types = new LinkedHashSet<>();
		Set<Long> sessions = new LinkedHashSet<>();
		if (query.value(Facet.SIGNAL_TYPE) != null) {
			types.add(Long.valueOf(query.value(Facet.SIGNAL_TYPE)));
		}
		if (query.value(Facet.SESSION) != null) {
			sessions.add(Long.valueOf(query.value(Facet.SESSION)));
		}
		counts.values().forEach((facet, values) -> values.forEach((v) -> {
			if (facet == Facet.SIGNAL_TYPE) {
				types.add(Long.valueOf(v.value()));
			}
			else if (facet == Facet.SESSION) {
				sessions.add(Long.valueOf(v.value()));
			}
		}));
		rows.forEach((row) -> {
			types.addAll(row.signalTypeIds());
			if (row.sessionId() != null) {
				sessions.add(row.sessionId());
			}
		});
		Labels names = this.labels.lookUp(me, types, sessions);
		return new InsightResults(shown, rows.stream().map((row) -> row.toHit(names)).toList(), counts.total(), pages,
				counts.facets(query, names), List.copyOf(notices), counts.sampledFrom());
	}

	/**
	 * Words PostgreSQL drops (such as "the" or punctuation only) search for nothing: they
	 * are left out, with a notice, instead of matching no insight.
	 */
	InsightQuery withSearchableWords(InsightQuery query, List<Notice> notices) {
		if (query.q() == null) {
			return query;
		}
		int lexemes = this.jdbc.sql("select numnode(websearch_to_tsquery('english', :q))")
			.param("q", query.q())
			.query(Integer.class)
			.single();
		if (lexemes > 0) {
			return query;
		}
		notices.add(Notice.of("repository.notice.commonWords", query.q()));
		return new InsightQuery(null, query.facets(), query.from(), query.to(), query.sort(), query.page());
	}

	/** The page's insights in the order of {@code ids}, search words marked. */
	private List<Row> hits(InsightSql sql, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		sql.params().put("ids", ids.toArray(Long[]::new));
		Map<Long, Row> byId = new HashMap<>();
		this.jdbc
			.sql("""
					select i.id, %s as statement_marked, %s as test_plan_marked, i.category, i.status, i.departments,
					       i.signal_type_ids, i.segments, i.tags, i.session_id, i.created_at
					from insight i where i.workspace_id = :ws and i.id = any(cast(:ids as bigint[]))"""
				.formatted(sql.headline("i.statement", true), sql.headline("i.test_plan", false)))
			.params(sql.params())
			.query((rs, n) -> row(rs))
			.list()
			.forEach((row) -> byId.put(row.id(), row));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private static Row row(ResultSet rs) throws SQLException {
		Object session = rs.getObject("session_id");
		return new Row(rs.getLong("id"), rs.getString("statement_marked"), rs.getString("test_plan_marked"),
				InsightCategory.valueOf(rs.getString("category")), InsightStatus.valueOf(rs.getString("status")),
				strings(rs.getArray("departments")), longs(rs.getArray("signal_type_ids")),
				strings(rs.getArray("segments")), strings(rs.getArray("tags")),
				(session != null) ? ((Number) session).longValue() : null, rs.getTimestamp("created_at").toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map((v) -> ((Number) v).longValue()).toList();
	}

	private record Row(long id, String statement, String testPlan, InsightCategory category, InsightStatus status,
			List<String> departments, List<Long> signalTypeIds, List<String> segments, List<String> tags,
			Long sessionId, Instant createdAt) {

		InsightHit toHit(Labels names) {
			return new InsightHit(this.id, Highlighted.parse(this.statement), Highlighted.parse(this.testPlan),
					this.category, this.status, label(names, Facet.DEPARTMENT, this.departments),
					label(names, Facet.SIGNAL_TYPE, this.signalTypeIds.stream().map(String::valueOf).toList()),
					this.segments, this.tags,
					(this.sessionId != null) ? names.of(Facet.SESSION, this.sessionId.toString()) : null,
					this.createdAt);
		}

		private static List<String> label(Labels names, Facet facet, List<String> values) {
			List<String> labels = new ArrayList<>();
			values.forEach((value) -> labels.add(names.of(facet, value)));
			return labels;
		}

	}

}
