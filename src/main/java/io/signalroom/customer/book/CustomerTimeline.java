package io.signalroom.customer.book;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.signalroom.customer.ActivityChart;
import io.signalroom.customer.TimelinePage;
import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerSummary;
import io.signalroom.customer.EventType;
import io.signalroom.customer.CustomerLens;
import io.signalroom.customer.TimelinePage.Choice;
import io.signalroom.customer.TimelinePage.Line;
import io.signalroom.customer.TimelinePage.Week;
import io.signalroom.shared.web.NotFoundException;
import io.signalroom.workspace.Department;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one customer's timeline in three statements: the customer, one grouped count (per
 * week and department for the chart, per type and department for the filters), and one
 * page of events off the (customer_id, occurred_at desc) index. Weeks are ISO weeks in
 * UTC.
 */
@Service
public class CustomerTimeline {

	/**
	 * Per week and department or per week and type (the chart, grouping 1), and per type
	 * and department (the filters, grouping 0).
	 */
	private static final String COUNTS = """
			select grouping(week) as by_type, week, type, department, count(*) as n
			from (select (date_trunc('week', occurred_at at time zone 'UTC'))::date as week, type, department
			      from timeline_event where workspace_id = :ws and customer_id = :customer
			        and (cast(:cut as timestamptz) is null or occurred_at <= cast(:cut as timestamptz))) e
			group by grouping sets ((week, %s), (type, department))""";

	private static final String EVENTS = """
			select id, occurred_at, type, department, channel, summary, value from timeline_event
			where workspace_id = :ws and customer_id = :customer%s
			  and (cast(:cut as timestamptz) is null or occurred_at <= cast(:cut as timestamptz))
			order by occurred_at desc, id desc limit :limit offset :offset""";

	private final JdbcClient jdbc;

	private final CustomerCatalog catalog;

	private final Customers customers;

	CustomerTimeline(JdbcClient jdbc, CustomerCatalog catalog, Customers customers) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public TimelinePage read(long workspaceId, long customerId, Department department, EventType type, int page) {
		return read(workspaceId, customerId, CustomerLens.workspace(), department, type, page, false);
	}

	/**
	 * One page of the timeline of a customer as seen through the lens; its chart stacks
	 * the weeks by event type when {@code chartByType}, else by department.
	 */
	@Transactional(readOnly = true)
	public TimelinePage read(long workspaceId, long customerId, CustomerLens lens, Department department,
			EventType type, int page, boolean chartByType) {
		Customer customer = this.customers.findByWorkspaceIdAndId(workspaceId, customerId)
			.orElseThrow(() -> new NotFoundException("Customer"));
		CustomerSummary summary = this.catalog.summary(workspaceId, customerId, lens)
			.orElseThrow(() -> new NotFoundException("Customer"));
		SortedMap<LocalDate, Map<Department, Long>> perWeek = new TreeMap<>();
		SortedMap<LocalDate, Map<EventType, Long>> perWeekAndType = new TreeMap<>();
		Map<EventType, Map<Department, Long>> perType = new EnumMap<>(EventType.class);
		String chartColumn = chartByType ? "type" : "department";
		this.jdbc.sql(COUNTS.formatted(chartColumn))
			.param("ws", workspaceId)
			.param("customer", customerId)
			.param("cut", at(lens.cut()))
			.query((ResultSet rs) -> {
				long n = rs.getLong("n");
				if (rs.getInt("by_type") == 1) {
					perType.computeIfAbsent(EventType.valueOf(rs.getString("type")), (t) -> new HashMap<>())
						.put(department(rs.getString("department")), n);
				}
				else if (chartByType) {
					perWeekAndType.computeIfAbsent(rs.getObject("week", LocalDate.class), (w) -> new HashMap<>())
						.put(EventType.valueOf(rs.getString("type")), n);
				}
				else {
					perWeek.computeIfAbsent(rs.getObject("week", LocalDate.class), (w) -> new HashMap<>())
						.put(department(rs.getString("department")), n);
				}
			});
		long matching = count(perType, department, type);
		int pages = (int) Math.max(1, (matching + TimelinePage.SIZE - 1) / TimelinePage.SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<Week> weeks = weeks(events(workspaceId, customer, summary, lens.cut(), department, type, shown));
		ActivityChart chart = chartByType ? ActivityChart.byType(perWeekAndType) : ActivityChart.of(perWeek);
		return new TimelinePage(summary, chart, chartByType, department, type, departmentChoices(perType, type),
				typeChoices(perType, department), weeks, matching, shown, pages);
	}

	private List<Line> events(long workspaceId, Customer customer, CustomerSummary shownAs, Instant cut,
			Department department, EventType type, int page) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", workspaceId);
		params.put("customer", customer.getId());
		params.put("cut", at(cut));
		params.put("limit", TimelinePage.SIZE);
		params.put("offset", (page - 1) * TimelinePage.SIZE);
		StringBuilder filters = new StringBuilder();
		if (department != null) {
			filters.append(" and department = :department");
			params.put("department", department.name());
		}
		if (type != null) {
			filters.append(" and type = :type");
			params.put("type", type.name());
		}
		return this.jdbc.sql(EVENTS.formatted(filters))
			.params(params)
			.query((rs, n) -> line(rs, customer, shownAs))
			.list();
	}

	private static Line line(ResultSet rs, Customer customer, CustomerSummary shownAs) throws SQLException {
		String summary = rs.getString("summary");
		if (shownAs.pseudonymized()) {
			summary = Pseudonyms.scrub(summary, shownAs.name(), customer.getName(), customer.getEmail(),
					customer.getExternalId());
		}
		return new Line(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				EventType.valueOf(rs.getString("type")), department(rs.getString("department")),
				rs.getString("channel"), summary, rs.getBigDecimal("value"));
	}

	/** Consecutive events of the same ISO week, newest week first as the events come. */
	static List<Week> weeks(List<Line> lines) {
		List<Week> weeks = new ArrayList<>();
		Week current = null;
		for (Line line : lines) {
			LocalDate day = line.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
			LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
			if (current == null || !current.monday().equals(monday)) {
				current = new Week(monday, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
						day.get(IsoFields.WEEK_BASED_YEAR), new ArrayList<>());
				weeks.add(current);
			}
			current.events().add(line);
		}
		return weeks;
	}

	private static long count(Map<EventType, Map<Department, Long>> perType, Department department, EventType type) {
		long n = 0;
		for (Map.Entry<EventType, Map<Department, Long>> t : perType.entrySet()) {
			if (type == null || t.getKey() == type) {
				for (Map.Entry<Department, Long> d : t.getValue().entrySet()) {
					if (department == null || d.getKey() == department) {
						n += d.getValue();
					}
				}
			}
		}
		return n;
	}

	private static List<Choice<Department>> departmentChoices(Map<EventType, Map<Department, Long>> perType,
			EventType type) {
		List<Choice<Department>> choices = new ArrayList<>();
		for (Department d : Department.values()) {
			long n = count(perType, d, type);
			if (n > 0 || perTypeHas(perType, d)) {
				choices.add(new Choice<>(d, n));
			}
		}
		return choices;
	}

	private static boolean perTypeHas(Map<EventType, Map<Department, Long>> perType, Department d) {
		return perType.values().stream().anyMatch((m) -> m.containsKey(d));
	}

	private static List<Choice<EventType>> typeChoices(Map<EventType, Map<Department, Long>> perType,
			Department department) {
		List<Choice<EventType>> choices = new ArrayList<>();
		perType.keySet().forEach((t) -> choices.add(new Choice<>(t, count(perType, department, t))));
		return choices;
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Department department(String name) {
		return (name != null) ? Department.valueOf(name) : null;
	}

}
