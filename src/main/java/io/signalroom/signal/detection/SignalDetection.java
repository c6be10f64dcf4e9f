package io.signalroom.signal.detection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import io.signalroom.customer.CustomerCatalog;
import io.signalroom.customer.Pseudonyms;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs detection rules over timelines as set-based SQL and turns matches into alerts.
 * <p>
 * Rules are evaluated <em>as of</em> the latest event time in the workspace (never later
 * than now): live workspaces get "now", while historical or demo data ending months ago
 * is read at its own end, so "no login for 10 days" does not flag every customer.
 * <p>
 * An alert that is open or acknowledged is refreshed with new evidence; a dismissed one
 * comes back only when the evidence holds an event it did not have.
 */
@Service
public class SignalDetection {

	private static final int SAMPLE = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CustomerCatalog customers;

	SignalDetection(JdbcClient jdbc, Clock clock, CustomerCatalog customers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.customers = customers;
	}

	/**
	 * Customer names as the workspace shows them: pseudonyms when it anonymizes
	 * customers.
	 */
	private List<CustomerRef> named(List<CustomerRef> refs, long workspaceId) {
		if (refs.isEmpty() || !this.customers.anonymizes(workspaceId, false)) {
			return refs;
		}
		return refs.stream().map((ref) -> new CustomerRef(ref.id(), Pseudonyms.of(ref.id()))).toList();
	}

	@Transactional(readOnly = true)
	public Instant asOf(long workspaceId) {
		Timestamp latestEvent = this.jdbc.sql("select max(occurred_at) from timeline_event where workspace_id = ?")
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
		List<CustomerRef> sample = this.jdbc
			.sql("select c.id, c.name from (" + hits + ") h join customer c on c.id = h.customer_id "
					+ "order by lower(c.name) limit " + SAMPLE)
			.param("ws", workspaceId)
			.param("asOf", at(asOf))
			.query(CustomerRef.class)
			.list();
		long customers = this.jdbc.sql("select count(*) from customer where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
		return new RulePreview(flagged, customers, named(sample, workspaceId), asOf);
	}

	/** Customers the rule matches now, by name. */
	@Transactional(readOnly = true)
	public List<CustomerRef> showingNow(long workspaceId, DetectionRule rule, int limit) {
		return named(this.jdbc
			.sql("select c.id, c.name from (" + new RuleSql(rule, false).hits()
					+ ") h join customer c on c.id = h.customer_id order by lower(c.name) limit " + limit)
			.param("ws", workspaceId)
			.param("asOf", at(asOf(workspaceId)))
			.query(CustomerRef.class)
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
	 * Evaluates every active rule over all customers; returns how many alerts were new.
	 */
	@Transactional
	public int evaluateAll(long workspaceId) {
		return evaluate(workspaceId, null);
	}

	/** Evaluates every active rule over just these customers (after new events). */
	@Transactional
	public int evaluateCustomers(long workspaceId, Collection<Long> customerIds) {
		if (customerIds.isEmpty()) {
			return 0;
		}
		return evaluate(workspaceId, customerIds);
	}

	private int evaluate(long workspaceId, Collection<Long> customerIds) {
		// one evaluation per workspace at a time, so two imports never raise the same
		// alert twice
		this.jdbc.sql("select pg_advisory_xact_lock(4, cast(? as int))").param(workspaceId).query().singleValue();
		Instant asOf = asOf(workspaceId);
		int created = 0;
		for (ActiveRule active : activeRules(workspaceId)) {
			created += raiseAlerts(workspaceId, active, asOf, customerIds);
		}
		return created;
	}

	private int raiseAlerts(long workspaceId, ActiveRule active, Instant asOf, Collection<Long> customerIds) {
		RuleSql sql = new RuleSql(active.rule(), customerIds != null);
		String statement = """
				with matches as (
				%s
				),
				refreshed as (
				  update detected_signal d
				  set evidence_event_ids = m.event_ids, evidence_fingerprint = md5(array_to_string(m.event_ids, ',')),
				      fired_at = m.fired_at, detected_at = now()
				  from matches m
				  where d.workspace_id = :ws and d.signal_type_id = :type and d.customer_id = m.customer_id
				    and d.status <> 'DISMISSED' and d.evidence_fingerprint <> md5(array_to_string(m.event_ids, ','))
				  returning d.id
				)
				insert into detected_signal (workspace_id, signal_type_id, customer_id, fired_at, evidence_event_ids,
				                             evidence_fingerprint)
				select :ws, :type, m.customer_id, m.fired_at, m.event_ids, md5(array_to_string(m.event_ids, ','))
				from matches m
				where not exists (
				  select 1 from detected_signal d
				  where d.workspace_id = :ws and d.signal_type_id = :type and d.customer_id = m.customer_id
				    and (d.status <> 'DISMISSED' or m.event_ids <@ d.evidence_event_ids))""".formatted(sql.matches());
		var spec = this.jdbc.sql(statement)
			.param("ws", workspaceId)
			.param("type", active.signalTypeId())
			.param("asOf", at(asOf));
		if (customerIds != null) {
			spec = spec.param("ids",
					customerIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		}
		return spec.update();
	}

	private List<ActiveRule> activeRules(long workspaceId) {
		return this.jdbc
			.sql("select id, detection_rule from signal_type where workspace_id = ? and retired_at is null "
					+ "and detection_rule is not null order by id")
			.param(workspaceId)
			.query((rs, n) -> new ActiveRule(rs.getLong(1), DetectionRule.decode(rs.getString(2))))
			.list();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record ActiveRule(long signalTypeId, DetectionRule rule) {
	}

}
