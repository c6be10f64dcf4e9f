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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.signalroom.customer.LifecycleStage;
import io.signalroom.customer.Outcome;
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

	/**
	 * Under pseudonyms the list names customers by their workspace code, and owners (a
	 * filter that would name them) are not offered.
	 */
	private static final String PSEUDONYM_JOIN = " join customer_pseudonym p on p.workspace_id = c.workspace_id"
			+ " and p.customer_id = c.id and p.scope = '" + Pseudonyms.WORKSPACE + "'";

	/** The start of a pseudonym's code, with or without "Customer" before it. */
	private static final Pattern CODE_PREFIX = Pattern.compile("(?i)^(?:customer\\s*)?([A-Z2-9]{1,5})$");

	private final JdbcClient jdbc;

	CustomerSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the workspace's customers; {@code pseudonymize} as the customer catalog
	 * decided for the viewer.
	 */
	@Transactional(readOnly = true)
	public CustomerListPage search(long workspaceId, CustomerListQuery asked, boolean pseudonymize) {
		CustomerListQuery query = pseudonymize ? asked.withoutOwner() : asked;
		String from = "customer c" + (pseudonymize ? PSEUDONYM_JOIN : "");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", workspaceId);
		String where = "c.workspace_id = :ws" + searchCondition(query.q(), pseudonymize, params)
				+ filterConditions(query, null, params);
		long total = this.jdbc.sql("select count(*) from " + from + " where " + where)
			.params(params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + CustomerListPage.SIZE - 1) / CustomerListPage.SIZE);
		CustomerListQuery shown = (query.page() > pages) ? query.atPage(pages) : query;
		params.put("limit", CustomerListPage.SIZE);
		params.put("offset", (shown.page() - 1) * CustomerListPage.SIZE);
		List<CustomerRow> rows = this.jdbc
			.sql("""
					select c.id, c.external_id, %s as name, c.segment, c.plan, c.lifecycle_stage, c.owner, c.revenue,
					       c.outcome, c.outcome_on,
					       (select max(e.occurred_at) from timeline_event e where e.customer_id = c.id) as last_activity
					from %s where %s
					order by %s limit :limit offset :offset""".formatted(pseudonymize ? "p.code" : "c.name", from,
					where, shown.sort().orderBy(shown.desc(), pseudonymize)))
			.params(params)
			.query((rs, n) -> pseudonymize ? pseudonymized(row(rs)) : row(rs))
			.list();
		return new CustomerListPage(shown, rows, total, pages, counts(workspaceId, query, pseudonymize), pseudonymize);
	}

	/** Per filter, the values present under the search and the other filters. */
	private Map<String, List<FilterCount>> counts(long workspaceId, CustomerListQuery query, boolean pseudonymize) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", workspaceId);
		String search = searchCondition(query.q(), pseudonymize, params);
		String from = "customer c" + (pseudonymize ? PSEUDONYM_JOIN : "");
		List<String> filters = FILTERS.stream().filter((f) -> !pseudonymize || !f.equals("owner")).toList();
		List<String> parts = new ArrayList<>();
		for (String filter : filters) {
			String column = FILTER_COLUMNS.get(filter);
			parts.add("""
					select '%s' as filter, %s as value, count(*) as n from %s
					where c.workspace_id = :ws and %s is not null%s%s group by %s""".formatted(filter, column, from,
					column, search, filterConditions(query, filter, params), column));
		}
		Map<String, List<FilterCount>> counts = new LinkedHashMap<>();
		filters.forEach((filter) -> counts.put(filter, new ArrayList<>()));
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
				if (values != null && values.stream().noneMatch((count) -> count.value().equals(text))) {
					values.add(0, new FilterCount(text, 0));
				}
			}
		});
	}

	/**
	 * Name or external id containing the text, wildcards taken literally; under
	 * pseudonyms only the pseudonym is searchable, so a search cannot probe real names or
	 * ids.
	 */
	private static String searchCondition(String q, boolean pseudonymize, Map<String, Object> params) {
		if (q == null) {
			return "";
		}
		if (pseudonymize) {
			Matcher code = CODE_PREFIX.matcher(q);
			if (!code.matches()) {
				return " and false";
			}
			params.put("code", code.group(1).toUpperCase() + "%");
			return " and p.code like :code";
		}
		params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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

	private static CustomerRow pseudonymized(CustomerRow row) {
		return new CustomerRow(row.id(), null, Pseudonyms.label(row.name()), row.segment(), row.plan(), row.stage(),
				null, null, row.outcome(), row.outcomeOn(), row.lastActivity(), CustomerPaths.pseudonym(row.name()));
	}

	private static CustomerRow row(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String outcome = rs.getString("outcome");
		Timestamp lastActivity = rs.getTimestamp("last_activity");
		return new CustomerRow(id, rs.getString("external_id"), rs.getString("name"), rs.getString("segment"),
				rs.getString("plan"), LifecycleStage.valueOf(rs.getString("lifecycle_stage")), rs.getString("owner"),
				rs.getBigDecimal("revenue"), (outcome != null) ? Outcome.valueOf(outcome) : null,
				rs.getObject("outcome_on", LocalDate.class),
				(lastActivity != null) ? lastActivity.toInstant().atOffset(ZoneOffset.UTC).toLocalDate() : null,
				CustomerPaths.named(id));
	}

}
