package io.signalroom.signal.detection;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.signalroom.signal.SignalMatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workspace's active rules detect on some customers as of a cut, with their
 * timelines cut there: events after it do not count, and a customer whose outcome came
 * after it was a live customer then, so its silence counts. Reads only; no alert is
 * raised or changed. Uses the same set-based SQL as {@link SignalDetection}, over the
 * customer module's as-of contract.
 */
@Service
public class CutDetection {

	private final JdbcClient jdbc;

	private final ActiveRules rules;

	CutDetection(JdbcClient jdbc, ActiveRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/**
	 * The matches of every active rule on those of the customers that belong to the
	 * workspace, by customer, then firing time, then signal type.
	 */
	@Transactional(readOnly = true)
	public List<SignalMatch> matches(long workspaceId, Collection<Long> customerIds, Instant cut) {
		Objects.requireNonNull(cut, "cut");
		List<ActiveRule> active = this.rules.of(workspaceId, null);
		if (active.isEmpty() || customerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(statement(active) + "\norder by customer_id, fired_at, signal_type_id")
			.param("ws", workspaceId)
			.param("asOf", SignalDetection.at(cut))
			.param("ids", SignalDetection.idArray(customerIds))
			.query((rs, n) -> new SignalMatch(rs.getLong("signal_type_id"), rs.getLong("customer_id"),
					rs.getTimestamp("fired_at").toInstant(), ids(rs.getArray("event_ids"))))
			.list();
	}

	private static String statement(List<ActiveRule> active) {
		return active.stream()
			.map((rule) -> """
					select cast(%d as bigint) as signal_type_id, m.customer_id, m.fired_at, m.event_ids
					from (
					%s
					) m""".formatted(rule.signalTypeId(), new RuleSql(rule.rule(), true, Facts.AT_CUT).matches()))
			.collect(Collectors.joining("\nunion all\n"));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

}
