package io.signalroom.signal.detection;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a detection rule into set-based SQL: one query per condition over the customer
 * module's timeline events grouped by customer, combined with INTERSECT for AND. Event
 * types and numbers come from enums and validated ints, so they are written into the SQL;
 * the workspace, the "as of" moment and the customers are bound as {@code :ws},
 * {@code :asOf} and {@code :ids} (a bigint array literal such as {@code {1,2,3}}).
 * <p>
 * Customers and events are read through the customer module's SQL contract
 * ({@link Facts}), never its tables. An absence counts only for a customer the module
 * says is expected to be active, and one with a timeline: a customer without a single
 * event (a record imported without history) is unknown, not silent.
 */
final class RuleSql {

	static final String AS_OF = "cast(:asOf as timestamptz)";

	private final DetectionRule rule;

	private final boolean onlySomeCustomers;

	private final Facts facts;

	RuleSql(DetectionRule rule, boolean onlySomeCustomers) {
		this(rule, onlySomeCustomers, Facts.CURRENT);
	}

	RuleSql(DetectionRule rule, boolean onlySomeCustomers, Facts facts) {
		this.rule = rule;
		this.onlySomeCustomers = onlySomeCustomers;
		this.facts = facts;
	}

	/**
	 * The customers matching every condition, as a query with one column, customer_id.
	 */
	String hits() {
		return this.rule.conditions().stream().map(this::condition).collect(Collectors.joining("\nintersect\n"));
	}

	String condition(RuleCondition c) {
		return switch (c.kind()) {
			case THRESHOLD -> """
					select e.customer_id from %s
					where e.workspace_id = :ws and e.type in (%s) and e.occurred_at > %s and e.occurred_at <= %s
					group by e.customer_id having count(*) >= %d""".formatted(events(), types(c), daysBefore(c.days()),
					AS_OF, c.count());
			case ABSENCE -> """
					select c.id as customer_id from %s c
					where c.workspace_id = :ws and c.expects_activity%s
					  and exists (select 1 from %s a where a.workspace_id = :ws and a.customer_id = c.id)
					  and not exists (select 1 from %s e where e.workspace_id = :ws and e.customer_id = c.id
					                  and e.type in (%s)
					                  and e.occurred_at > %s and e.occurred_at <= %s)""".formatted(
					this.facts.customers(), customers("c.id"), this.facts.events(), this.facts.events(), types(c),
					daysBefore(c.days()), AS_OF);
			case DROP ->
				"""
						select e.customer_id from %s
						where e.workspace_id = :ws and e.type in (%s) and e.occurred_at > %s and e.occurred_at <= %s
						group by e.customer_id
						having count(*) filter (where e.occurred_at <= %s) > 0
						   and 100 * count(*) filter (where e.occurred_at > %s) <= %d * count(*) filter (where e.occurred_at <= %s)"""
					.formatted(events(), types(c), daysBefore(2 * c.days()), AS_OF, daysBefore(c.days()),
							daysBefore(c.days()), c.count(), daysBefore(c.days()));
		};
	}

	/**
	 * Each matching customer with the ids of the events that prove the match and the
	 * moment it fired: a threshold's events in its window; for an absence, the last such
	 * event before the silence (firing D days after it); for a drop, this period's events
	 * (firing at "as of").
	 */
	String matches() {
		List<String> evidence = this.rule.conditions().stream().map(this::evidence).toList();
		return """
				with hits as (
				%s
				),
				evidence as (
				%s
				)
				select h.customer_id,
				       coalesce(array_agg(distinct ev.event_id order by ev.event_id)
				                filter (where ev.event_id is not null), '{}'::bigint[]) as event_ids,
				       max(ev.fired) as fired_at
				from hits h join evidence ev on ev.customer_id = h.customer_id
				group by h.customer_id""".formatted(hits(), String.join("\nunion all\n", evidence));
	}

	private String evidence(RuleCondition c) {
		return switch (c.kind()) {
			case THRESHOLD -> """
					select h.customer_id, e.id as event_id, e.occurred_at as fired from hits h
					join %s e on e.workspace_id = :ws and e.customer_id = h.customer_id and e.type in (%s)
					 and e.occurred_at > %s and e.occurred_at <= %s""".formatted(this.facts.events(), types(c),
					daysBefore(c.days()), AS_OF);
			case ABSENCE -> """
					select h.customer_id, l.id as event_id,
					       coalesce(least(%s, l.occurred_at + interval '%d days'), %s) as fired
					from hits h left join lateral (
					  select e.id, e.occurred_at from %s e
					  where e.workspace_id = :ws and e.customer_id = h.customer_id and e.type in (%s)
					    and e.occurred_at <= %s
					  order by e.occurred_at desc limit 1) l on true""".formatted(AS_OF, c.days(), AS_OF,
					this.facts.events(), types(c), AS_OF);
			case DROP -> """
					select h.customer_id, e.id as event_id, %s as fired from hits h
					left join %s e on e.workspace_id = :ws and e.customer_id = h.customer_id and e.type in (%s)
					 and e.occurred_at > %s and e.occurred_at <= %s""".formatted(AS_OF, this.facts.events(), types(c),
					daysBefore(c.days()), AS_OF);
		};
	}

	/**
	 * The events to scan: all of the workspace's, or, for a few customers, only theirs,
	 * read customer by customer through the (workspace_id, customer_id, type,
	 * occurred_at) index without visiting the table (the customer module's view is a
	 * plain projection, so PostgreSQL reads its table's indexes directly).
	 */
	private String events() {
		return this.onlySomeCustomers ? "unnest(cast(:ids as bigint[])) as picked(customer_id) join "
				+ this.facts.events() + " e on e.customer_id = picked.customer_id" : this.facts.events() + " e";
	}

	private String customers(String column) {
		return this.onlySomeCustomers ? " and " + column + " = any (cast(:ids as bigint[]))" : "";
	}

	private static String daysBefore(int days) {
		return "(" + AS_OF + " - interval '" + days + " days')";
	}

	private static String types(RuleCondition c) {
		return c.types().stream().map((t) -> "'" + t.name() + "'").collect(Collectors.joining(", "));
	}

}
