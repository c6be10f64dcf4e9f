package io.signalroom.signal.detection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.CustomerLens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Runs detection rules over timelines as set-based SQL and turns matches into alerts.
 * <p>
 * Rules are evaluated <em>as of</em> the latest event time in the workspace (never later
 * than now): live workspaces get "now", while historical or demo data ending months ago
 * is read at its own end, so "no login for 10 days" does not flag every customer.
 * <p>
 * An alert that is open or acknowledged is refreshed with new evidence, and resolved once
 * its customer no longer matches; a dismissed or resolved one comes back only when the
 * evidence holds an event it did not have.
 */
@Service
public class SignalDetection {

	private static final int SAMPLE = 5;

	/** After this many alerts changed, the planner's statistics are refreshed. */
	private static final int STATISTICS_AFTER = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CustomerCatalog customers;

	private final ActiveRules rules;

	SignalDetection(JdbcClient jdbc, Clock clock, CustomerCatalog customers, ActiveRules rules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.customers = customers;
		this.rules = rules;
	}

	/**
	 * The customers as the workspace shows them (pseudonyms when it does), by the name
	 * shown.
	 */
	private List<CustomerRef> named(List<Long> customerIds, long workspaceId) {
		return this.customers.summaries(workspaceId, customerIds, CustomerLens.workspace())
			.stream()
			.map((c) -> new CustomerRef(c.id(), c.name(), c.path()))
			.sorted(Comparator.comparing(CustomerRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public Instant asOf(long workspaceId) {
		Timestamp latestEvent = this.jdbc.sql("select max(occurred_at) from timeline_event_fact where workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0);
		Instant latest = (latestEvent != null) ? latestEvent.toInstant() : null;
		Instant now = this.clock.instant();
		return (latest == null || latest.isAfter(now)) ? now : latest;
	}

	@Transactional(readOnly = true)
	public RulePreview preview(long workspaceId, DetectionRule rule) {
		Instant asOf = asOf(workspaceId);
		String hits = new RuleSql(rule, false).hits();
		long flagged = this.jdbc.sql("select count(*) from (" + hits + ") h")
			.param("ws", workspaceId)
			.param("asOf", at(asOf))
			.query(Long.class)
			.single();
		List<Long> sample = this.jdbc
			.sql("select customer_id from (" + hits + ") h order by customer_id limit " + SAMPLE)
			.param("ws", workspaceId)
			.param("asOf", at(asOf))
			.query(Long.class)
			.list();
		long customers = this.jdbc.sql("select count(*) from customer_fact where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
		return new RulePreview(flagged, customers, named(sample, workspaceId), asOf);
	}

	/** Some of the customers the rule matches now (the first by id), by name. */
	@Transactional(readOnly = true)
	public List<CustomerRef> showingNow(long workspaceId, DetectionRule rule, int limit) {
		return named(this.jdbc
			.sql("select customer_id from (" + new RuleSql(rule, false).hits() + ") h order by customer_id limit "
					+ limit)
			.param("ws", workspaceId)
			.param("asOf", at(asOf(workspaceId)))
			.query(Long.class)
			.list(), workspaceId);
	}

	/** The plan of a rule's match query over all customers, for benchmarks. */
	@Transactional(readOnly = true)
	public String explain(long workspaceId, DetectionRule rule) {
		return String.join("\n",
				this.jdbc.sql("explain (analyze, buffers) " + new RuleSql(rule, false).matches())
					.param("ws", workspaceId)
					.param("asOf", at(asOf(workspaceId)))
					.query(String.class)
					.list());
	}

	/**
	 * The plan of one evaluation of every active rule over these customers, for
	 * benchmarks. EXPLAIN ANALYZE runs the statement, so its changes are rolled back.
	 */
	@Transactional
	public String explainEvaluation(long workspaceId, Collection<Long> customerIds) {
		String plan = String.join("\n", this.jdbc
			.sql("explain (analyze, buffers) " + new EvaluationSql(activeRules(workspaceId, null), true).statement())
			.param("ws", workspaceId)
			.param("asOf", at(asOf(workspaceId)))
			.param("now", at(this.clock.instant()))
			.param("ids", idArray(customerIds))
			.query(String.class)
			.list());
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return plan;
	}

	/**
	 * Evaluates every active rule over all customers: raises new alerts and resolves
	 * those whose condition no longer holds.
	 */
	@Transactional
	public Evaluation evaluateAll(long workspaceId) {
		return evaluate(workspaceId, activeRules(workspaceId, null), null);
	}

	/**
	 * Evaluates the rule of one signal type over all customers (after it changed).
	 */
	@Transactional
	public Evaluation evaluateType(long workspaceId, long signalTypeId) {
		return evaluate(workspaceId, activeRules(workspaceId, signalTypeId), null);
	}

	/** Evaluates every active rule over just these customers (after new events). */
	@Transactional
	public Evaluation evaluateCustomers(long workspaceId, Collection<Long> customerIds) {
		if (customerIds.isEmpty()) {
			return Evaluation.NOTHING;
		}
		return evaluate(workspaceId, activeRules(workspaceId, null), customerIds);
	}

	private Evaluation evaluate(long workspaceId, List<ActiveRule> rules, Collection<Long> customerIds) {
		if (rules.isEmpty()) {
			return Evaluation.NOTHING;
		}
		// one evaluation per workspace at a time, so two imports never raise the same
		// alert twice
		this.jdbc.sql("select pg_advisory_xact_lock(4, cast(? as int))").param(workspaceId).query().singleValue();
		var spec = this.jdbc.sql(new EvaluationSql(rules, customerIds != null).statement())
			.param("ws", workspaceId)
			.param("asOf", at(asOf(workspaceId)))
			.param("now", at(this.clock.instant()));
		if (customerIds != null) {
			spec = spec.param("ids", idArray(customerIds));
		}
		Evaluation evaluation = spec.query((rs, n) -> new Evaluation(rs.getInt("raised"), rs.getInt("resolved")))
			.single();
		if (evaluation.raised() + evaluation.resolved() >= STATISTICS_AFTER) {
			// the next evaluation, often right after for an import, must not plan on
			// statistics from before these alerts; autovacuum updates them only later
			this.jdbc.sql("analyze detected_signal").update();
		}
		return evaluation;
	}

	private List<ActiveRule> activeRules(long workspaceId, Long signalTypeId) {
		return this.rules.of(workspaceId, signalTypeId);
	}

	static String idArray(Collection<Long> customerIds) {
		return customerIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
