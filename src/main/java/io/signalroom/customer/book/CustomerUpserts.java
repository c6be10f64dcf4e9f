package io.signalroom.customer.book;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.signalroom.customer.CustomerRecord;
import io.signalroom.customer.EventRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based writes of customers and events in batches: customers upsert on their external
 * id, events are inserted once per source key (re-sending the same event changes
 * nothing).
 */
@Component
public class CustomerUpserts {

	private static final String UPSERT_CUSTOMER = """
			insert into customer (workspace_id, external_id, name, email, segment, plan, lifecycle_stage, owner,
			                      revenue, outcome, outcome_on, attributes)
			values (?, ?, ?, ?, ?, ?, coalesce(?, case when ?::text = 'CHURNED' then 'CHURNED' else 'ACTIVE' end), ?, ?, ?, ?,
			        coalesce(?::jsonb, '{}'::jsonb))
			on conflict (workspace_id, external_id) do update set
			  name = excluded.name,
			  email = coalesce(excluded.email, customer.email),
			  segment = coalesce(excluded.segment, customer.segment),
			  plan = coalesce(excluded.plan, customer.plan),
			  lifecycle_stage = case when ?::text is not null then excluded.lifecycle_stage
			                         when excluded.outcome = 'CHURNED' then 'CHURNED'
			                         else customer.lifecycle_stage end,
			  owner = coalesce(excluded.owner, customer.owner),
			  revenue = coalesce(excluded.revenue, customer.revenue),
			  outcome = coalesce(excluded.outcome, customer.outcome),
			  outcome_on = coalesce(excluded.outcome_on, customer.outcome_on),
			  attributes = customer.attributes || excluded.attributes,
			  updated_at = now()""";

	private static final String INSERT_EVENT = """
			insert into timeline_event (workspace_id, customer_id, occurred_at, type, department, channel, summary,
			                            value, attributes, source_key)
			select ?, c.id, ?, ?, ?, ?, ?, ?, ?::jsonb, ?
			from customer c where c.workspace_id = ? and c.external_id = ?
			on conflict (workspace_id, source_key) do nothing""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	public CustomerUpserts(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional
	public void upsertCustomers(long workspaceId, List<CustomerRecord> customers) {
		this.jdbc.batchUpdate(UPSERT_CUSTOMER, customers, 500, (ps, c) -> {
			String stage = (c.stage() != null) ? c.stage().name() : null;
			ps.setLong(1, workspaceId);
			ps.setString(2, c.externalId());
			ps.setString(3, c.name());
			ps.setString(4, c.email());
			ps.setString(5, c.segment());
			ps.setString(6, c.plan());
			String outcome = (c.outcome() != null) ? c.outcome().name() : null;
			ps.setString(7, stage);
			// a churned outcome without a stage of its own puts the customer in the
			// churned stage
			ps.setString(8, outcome);
			ps.setString(9, c.owner());
			ps.setBigDecimal(10, c.revenue());
			ps.setString(11, outcome);
			ps.setObject(12, c.outcomeOn(), Types.DATE);
			ps.setString(13, toJson(c.attributes()));
			ps.setString(14, stage);
		});
	}

	/**
	 * Inserts the events whose customers exist; returns the ids of the customers that got
	 * new events.
	 */
	@Transactional
	public Set<Long> insertEvents(long workspaceId, List<EventRecord> events) {
		int[][] counts = this.jdbc.batchUpdate(INSERT_EVENT, events, 1000, (ps, e) -> {
			ps.setLong(1, workspaceId);
			ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
			ps.setString(3, e.type().name());
			ps.setString(4, (e.department() != null) ? e.department().name() : e.type().usualDepartment().name());
			ps.setString(5, e.channel());
			ps.setString(6, e.summary());
			ps.setBigDecimal(7, e.value());
			ps.setString(8, toJson(e.attributes()));
			ps.setString(9, sourceKey(e));
			ps.setLong(10, workspaceId);
			ps.setString(11, e.customerExternalId());
		});
		Set<String> touchedExternalIds = new HashSet<>();
		int i = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count > 0) {
					touchedExternalIds.add(events.get(i).customerExternalId());
				}
				i++;
			}
		}
		return customerIds(workspaceId, touchedExternalIds);
	}

	private Set<Long> customerIds(long workspaceId, Set<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.queryForList("select id from customer where workspace_id = ? and external_id = any (?)",
						Long.class, workspaceId, externalIds.toArray(String[]::new)));
	}

	/** The event's own key, or a hash of what makes it the same event. */
	public static String sourceKey(EventRecord e) {
		if (e.sourceKey() != null && !e.sourceKey().isBlank()) {
			return e.sourceKey();
		}
		String content = String.join("|", e.customerExternalId(), e.occurredAt().toString(), e.type().name(),
				Objects.toString(e.summary(), ""), Objects.toString(e.value(), ""), Objects.toString(e.channel(), ""));
		return "h:" + sha256(content);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String toJson(Map<String, Object> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			return null;
		}
		try {
			return this.json.writeValueAsString(new HashMap<>(attributes));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Attributes cannot be written as JSON", ex);
		}
	}

}
