package io.signalroom.customer.book;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
import io.signalroom.customer.Pseudonyms;
import io.signalroom.customer.book.CustomerListPage.FilterCount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches one workspace's customers: a page of rows and, for each filter, how many
 * customers each of its values would show given the other filters (one SQL statement).
 */
@Service
public class CustomerSearch {

	/** The filters with counts, in the order the page shows them, and their columns. */
	static final Map<String, String> FILTER_COLUMNS = Map.of("segment", "c.segment", "plan", "c.plan", "stage",
			"c.lifecycle_stage", "owner", "c.owner", "outcome", "c.outcome");

	static final List<String> FILTERS = List.of("segment", "plan", "stage", "owner", "outcome");

	private final JdbcClient jdbc;

	private final AnonymizationSetting anonymization;

	CustomerSearch(JdbcClient jdbc, AnonymizationSetting anonymization) {
		this.jdbc = jdbc;
		this.anonymization = anonymization;
	}

	@Transactional(readOnly = true)
	public CustomerListPage search(long workspaceId, CustomerListQuery query) {
		boolean anonymize = this.anonymization.isOn(workspaceId);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", workspaceId);
		String where = "c.workspace_id = :ws" + searchCondition(query.q(), anonymize, params)
				+ filterConditions(query, null, params);
		long total = this.jdbc.sql("select count(*) from customer c where " + where)
			.params(params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + CustomerListPage.SIZE - 1) / CustomerListPage.SIZE);
		CustomerListQuery shown = (query.page() > pages) ? query.atPage(pages) : query;
		params.put("limit", CustomerListPage.SIZE);
		params.put("offset", (shown.page() - 1) * CustomerListPage.SIZE);
		List<CustomerRow> rows = this.jdbc.sql("""
				select c.id, c.external_id, c.name, c.segment, c.plan, c.lifecycle_stage, c.owner, c.revenue,
				       c.outcome, c.outcome_on,
				       (select max(e.occurred_at) from timeline_event e where e.customer_id = c.id) as last_activity
				from customer c where %s
				order by %s limit :limit offset :offset""".formatted(where, shown.sort().orderBy(shown.desc())))
			.params(params)
			.query((rs, n) -> row(rs, anonymize))
			.list();
		return new CustomerListPage(shown, rows, total, pages, counts(workspaceId, query, anonymize), anonymize);
	}

	/** Per filter, the values present under the search and the other filters. */
	private Map<String, List<FilterCount>> counts(long workspaceId, CustomerListQuery query, boolean anonymize) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", workspaceId);
		String search = searchCondition(query.q(), anonymize, params);
		List<String> parts = new ArrayList<>();
		for (String filter : FILTERS) {
			String column = FILTER_COLUMNS.get(filter);
			parts.add("""
					select '%s' as filter, %s as value, count(*) as n from customer c
					where c.workspace_id = :ws and %s is not null%s%s group by %s""".formatted(filter, column, column,
					search, filterConditions(query, filter, params), column));
		}
		Map<String, List<FilterCount>> counts = new LinkedHashMap<>();
		FILTERS.forEach((filter) -> counts.put(filter, new ArrayList<>()));
		this.jdbc.sql(String.join("\nunion all\n", parts) + "\norder by 1, 2").params(params).query((rs) -> {
			counts.get(rs.getString("filter")).add(new FilterCount(rs.getString("value"), rs.getLong("n")));
		});
		keepChosenValues(query, counts);
		return counts;
	}

	/**
	 * A chosen value with no customers left still shows, with 0, so it can be unchosen.
	 */
	private static void keepChosenValues(CustomerListQuery query, Map<String, List<FilterCount>> counts) {
		Map<String, Object> chosen = new LinkedHashMap<>();
		chosen.put("segment", query.segment());
		chosen.put("plan", query.plan());
		chosen.put("stage", query.stage());
		chosen.put("owner", query.owner());
		chosen.put("outcome", query.outcome());
		chosen.forEach((filter, value) -> {
			if (value != null) {
				String text = value.toString();
				List<FilterCount> values = counts.get(filter);
				if (values.stream().noneMatch((count) -> count.value().equals(text))) {
					values.add(0, new FilterCount(text, 0));
				}
			}
		});
	}

	/**
	 * Name or external id containing the text, wildcards taken literally; under
	 * pseudonyms the real name is not searchable, but the pseudonym is.
	 */
	private static String searchCondition(String q, boolean anonymize, Map<String, Object> params) {
		if (q == null) {
			return "";
		}
		params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		if (anonymize) {
			params.put("pseudonymId", Pseudonyms.idOf(q));
			return " and (c.external_id ilike :q escape '\\' or c.id = :pseudonymId)";
		}
		return " and (c.name ilike :q escape '\\' or c.external_id ilike :q escape '\\')";
	}

	/** The filters' conditions, leaving out the one whose values are being counted. */
	private static String filterConditions(CustomerListQuery query, String except, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("segment", query.segment());
		values.put("plan", query.plan());
		values.put("stage", (query.stage() != null) ? query.stage().name() : null);
		values.put("owner", query.owner());
		values.put("outcome", (query.outcome() != null) ? query.outcome().name() : null);
		values.forEach((filter, value) -> {
			if (value != null && !filter.equals(except)) {
				sql.append(" and ").append(FILTER_COLUMNS.get(filter)).append(" = :").append(filter);
				params.put(filter, value);
			}
		});
		return sql.toString();
	}

	private static CustomerRow row(ResultSet rs, boolean anonymize) throws SQLException {
		long id = rs.getLong("id");
		String outcome = rs.getString("outcome");
		Timestamp lastActivity = rs.getTimestamp("last_activity");
		return new CustomerRow(id, rs.getString("external_id"), anonymize ? Pseudonyms.of(id) : rs.getString("name"),
				rs.getString("segment"), rs.getString("plan"), LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
				rs.getString("owner"), rs.getBigDecimal("revenue"), (outcome != null) ? Outcome.valueOf(outcome) : null,
				rs.getObject("outcome_on", LocalDate.class),
				(lastActivity != null) ? lastActivity.toInstant().atOffset(ZoneOffset.UTC).toLocalDate() : null);
	}

}
