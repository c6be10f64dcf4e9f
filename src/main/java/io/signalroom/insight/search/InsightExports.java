package io.signalroom.insight.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.signalroom.insight.search.FacetLabels.Labels;
import io.signalroom.workspace.CurrentMember;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The whole result of a repository search, for CSV and Markdown files: same filters and
 * order as the page, capped at {@link #MAX_ROWS}.
 */
@Service
public class InsightExports {

	public static final int MAX_ROWS = 10_000;

	private final JdbcClient jdbc;

	private final InsightSearch search;

	private final FacetLabels labels;

	private final Clock clock;

	InsightExports(JdbcClient jdbc, InsightSearch search, FacetLabels labels, Clock clock) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
		this.clock = clock;
	}

	// no shared transaction: see InsightSearch#search
	InsightExport export(CurrentMember me, InsightQuery asked) {
		InsightQuery query = this.search.withSearchableWords(asked, new ArrayList<>());
		InsightSql sql = new InsightSql(me.workspaceId(), query);
		sql.params().put("limit", MAX_ROWS + 1);
		List<Raw> raws = this.jdbc
			.sql("""
					select i.id, i.statement, i.category, i.status, i.test_plan, i.departments, i.signal_type_ids,
					       i.segments, i.tags, i.session_id, i.created_at, %s as rank
					from insight i where %s order by %s limit :limit""".formatted(sql.rank(), sql.all(),
					query.sort().orderBy()))
			.params(sql.params())
			.query((rs, n) -> raw(rs))
			.list();
		boolean capped = raws.size() > MAX_ROWS;
		List<Raw> kept = capped ? raws.subList(0, MAX_ROWS) : raws;
		Set<Long> types = new LinkedHashSet<>();
		Set<Long> sessions = new LinkedHashSet<>();
		if (query.value(Facet.SIGNAL_TYPE) != null) {
			types.add(Long.valueOf(query.value(Facet.SIGNAL_TYPE)));
		}
		if (query.value(Facet.SESSION) != null) {
			sessions.add(Long.valueOf(query.value(Facet.SESSION)));
		}
		kept.forEach((raw) -> {
			raw.signalTypeIds().forEach((id) -> types.add(Long.valueOf(id)));
			if (raw.sessionId() != null) {
				sessions.add(raw.sessionId());
			}
		});
		Labels names = this.labels.lookUp(me, types, sessions);
		return new InsightExport(names.describe(query), kept.stream().map((raw) -> raw.toRow(names)).toList(), capped,
				LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
	}

	private static Raw raw(ResultSet rs) throws SQLException {
		Object session = rs.getObject("session_id");
		return new Raw(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("category"),
				rs.getString("status"), rs.getString("statement"), rs.getString("test_plan"),
				InsightSearch.strings(rs.getArray("departments")),
				InsightSearch.longs(rs.getArray("signal_type_ids")).stream().map(String::valueOf).toList(),
				InsightSearch.strings(rs.getArray("segments")), InsightSearch.strings(rs.getArray("tags")),
				(session != null) ? ((Number) session).longValue() : null);
	}

	private record Raw(long id, Instant createdAt, String category, String status, String statement, String testPlan,
			List<String> departments, List<String> signalTypeIds, List<String> segments, List<String> tags,
			Long sessionId) {

		ExportRow toRow(Labels names) {
			return new ExportRow(this.id, this.createdAt, names.of(Facet.CATEGORY, this.category),
					names.of(Facet.STATUS, this.status), this.statement, this.testPlan,
					this.departments.stream().map((d) -> names.of(Facet.DEPARTMENT, d)).toList(),
					this.signalTypeIds.stream().map((t) -> names.of(Facet.SIGNAL_TYPE, t)).toList(), this.segments,
					this.tags, (this.sessionId != null) ? names.of(Facet.SESSION, this.sessionId.toString()) : null);
		}

	}

}
