package io.signalroom.signal.detection;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One statement that evaluates several rules at once and brings their alerts in line with
 * what the rules match now: the matches of every rule are computed once, then
 * <ul>
 * <li>an open or acknowledged alert whose customer no longer matches is resolved,</li>
 * <li>one that still matches takes the current evidence,</li>
 * <li>a match raises a new alert unless an open or acknowledged one exists, or an earlier
 * (dismissed or resolved) alert already held all of its evidence.</li>
 * </ul>
 * Binds {@code :ws}, {@code :asOf}, {@code :now} and, for some customers only,
 * {@code :ids}; answers one row with the number of alerts raised and resolved.
 */
final class EvaluationSql {

	private final List<ActiveRule> rules;

	private final boolean onlySomeCustomers;

	EvaluationSql(List<ActiveRule> rules, boolean onlySomeCustomers) {
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("No rules to evaluate");
		}
		this.rules = List.copyOf(rules);
		this.onlySomeCustomers = onlySomeCustomers;
	}

	String statement() {
		return """
				with matches as (
				%s
				),
				resolved as (
				  update detected_signal d set status = 'RESOLVED', resolved_at = :now, version = d.version + 1
				  where d.workspace_id = :ws and d.status in ('OPEN', 'ACKNOWLEDGED') and d.signal_type_id in (%s)%s
				    and not exists (select 1 from matches m
				                    where m.signal_type_id = d.signal_type_id and m.customer_id = d.customer_id)
				  returning d.id
				),
				refreshed as (
				  update detected_signal d
				  set evidence_event_ids = m.event_ids, evidence_fingerprint = m.fingerprint, fired_at = m.fired_at,
				      detected_at = now()
				  from matches m
				  where d.workspace_id = :ws and d.signal_type_id = m.signal_type_id and d.customer_id = m.customer_id%s
				    and d.status in ('OPEN', 'ACKNOWLEDGED') and d.evidence_fingerprint <> m.fingerprint
				  returning d.id
				),
				raised as (
				  insert into detected_signal (workspace_id, signal_type_id, customer_id, fired_at, evidence_event_ids,
				                               evidence_fingerprint)
				  select :ws, m.signal_type_id, m.customer_id, m.fired_at, m.event_ids, m.fingerprint
				  from matches m
				  where not exists (
				    select 1 from detected_signal d
				    where d.workspace_id = :ws and d.signal_type_id = m.signal_type_id and d.customer_id = m.customer_id%s
				      and (d.status in ('OPEN', 'ACKNOWLEDGED') or m.event_ids <@ d.evidence_event_ids))
				  returning id
				)
				select (select count(*) from raised) as raised, (select count(*) from resolved) as resolved"""
			.formatted(matches(), typeIds(), customers(), customers(), customers());
	}

	private String matches() {
		return this.rules.stream()
			.map((active) -> """
					select cast(%d as bigint) as signal_type_id, m.customer_id, m.event_ids, m.fired_at,
					       md5(array_to_string(m.event_ids, ',')) as fingerprint
					from (
					%s
					) m""".formatted(active.signalTypeId(),
					new RuleSql(active.rule(), this.onlySomeCustomers).matches()))
			.collect(Collectors.joining("\nunion all\n"));
	}

	private String typeIds() {
		return this.rules.stream()
			.map((active) -> String.valueOf(active.signalTypeId()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * Only these customers' alerts can change; saying so lets every part read them
	 * through the (workspace_id, customer_id) index instead of all of the workspace's.
	 */
	private String customers() {
		return this.onlySomeCustomers ? " and d.customer_id = any (cast(:ids as bigint[]))" : "";
	}

}
