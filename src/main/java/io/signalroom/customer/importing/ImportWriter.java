package io.signalroom.customer.importing;

import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.signalroom.customer.EventsImported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Moves a validated job's rows without problems from staging into the customer tables in
 * one transaction: customers upsert on their external id, events are inserted once per
 * source key. Either all of them land or none.
 */
@Component
class ImportWriter {

	private static final String VALID = "s.job_id = ? and not exists (select 1 from import_problem p "
			+ "where p.job_id = s.job_id and p.row_no = s.row_no)";

	private final JdbcClient jdbc;

	private final ImportTransactions transactions;

	private final ApplicationEventPublisher events;

	private final DataSource dataSource;

	private final RunningImports running;

	private final ImportJobs jobs;

	ImportWriter(JdbcClient jdbc, ImportTransactions transactions, ApplicationEventPublisher events,
			DataSource dataSource, RunningImports running, ImportJobs jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.dataSource = dataSource;
		this.running = running;
	}

	/**
	 * Imports the valid rows and marks the job imported; answers how many customers were
	 * written (and how many of them existed already), or how many new events were stored
	 * (and how many valid rows were events stored before). Refuses, importing nothing,
	 * when the staged rows are not all the valid rows the check counted.
	 */
	Written write(ImportJob job) {
		return this.transactions.inOne(() -> {
			this.running.attach(job.id(), DataSourceUtils.getConnection(this.dataSource));
			long staged = countValidStaged(job);
			if (staged != job.rowsValid()) {
				throw new StagingLost(job.rowsValid(), staged);
			}
			Written written = (job.target() == ImportTarget.CUSTOMERS) ? writeCustomers(job) : writeEvents(job);
			discardStaged(job.id());
			// the job says IMPORTED exactly when its rows are in: same transaction
			this.jobs.imported(job.id(), written.written(), written.existing());
			return written;
		});
	}

	/**
	 * The staged rows of a checked job are not all there: importing them would call the
	 * missing ones "stored before".
	 */
	static final class StagingLost extends IllegalStateException {

		private final long expected;

		private final long found;

		StagingLost(long expected, long found) {
			super("Expected " + expected + " staged rows, found " + found);
			this.expected = expected;
			this.found = found;
		}

		long expected() {
			return this.expected;
		}

		long found() {
			return this.found;
		}

	}

	private long countValidStaged(ImportJob job) {
		String staging = (job.target() == ImportTarget.CUSTOMERS) ? "import_staged_customer" : "import_staged_event";
		return this.jdbc.sql("select count(*) from " + staging + " s where " + VALID)
			.param(job.id())
			.query(Long.class)
			.single();
	}

	/**
	 * What an import wrote: rows written and, of the valid rows, those already there
	 * (every valid row was staged, so the rest hit a stored customer or event).
	 */
	record Written(long written, long existing) {

	}

	void discardStaged(long jobId) {
		this.jdbc.sql("delete from import_staged_customer where job_id = ?").param(jobId).update();
		this.jdbc.sql("delete from import_staged_event where job_id = ?").param(jobId).update();
	}

	/**
	 * Without a mapped stage, a churned outcome still puts the customer in the churned
	 * stage.
	 */
	private static final String CHURN_MOVES_STAGE = "case when excluded.outcome = 'CHURNED' then 'CHURNED' else customer.lifecycle_stage end";

	private Written writeCustomers(ImportJob job) {
		boolean named = job.mapping().indexOf(ImportField.NAME).isPresent();
		boolean staged = job.mapping().indexOf(ImportField.LIFECYCLE_STAGE).isPresent();
		return this.jdbc
			.sql("""
					with written as (
					insert into customer (workspace_id, external_id, name, email, segment, plan, lifecycle_stage, owner,
					                      revenue, outcome, outcome_on, attributes)
					select ?, s.external_id, left(coalesce(s.name, s.external_id), 200), s.email, s.segment, s.plan,
					       coalesce(s.lifecycle_stage, case when s.outcome = 'CHURNED' then 'CHURNED' else 'ACTIVE' end), s.owner, s.revenue, s.outcome, s.outcome_on,
					       coalesce(s.attributes, '{}'::jsonb)
					from import_staged_customer s where %s
					on conflict (workspace_id, external_id) do update set
					  name = %s,
					  email = coalesce(excluded.email, customer.email),
					  segment = coalesce(excluded.segment, customer.segment),
					  plan = coalesce(excluded.plan, customer.plan),
					  lifecycle_stage = %s,
					  owner = coalesce(excluded.owner, customer.owner),
					  revenue = coalesce(excluded.revenue, customer.revenue),
					  outcome = coalesce(excluded.outcome, customer.outcome),
					  outcome_on = coalesce(excluded.outcome_on, customer.outcome_on),
					  attributes = customer.attributes || excluded.attributes,
					  updated_at = now()
					returning (xmax <> 0) as existed)
					select count(*), count(*) filter (where existed) from written"""
				.formatted(VALID, named ? "excluded.name" : "customer.name",
						staged ? "excluded.lifecycle_stage" : CHURN_MOVES_STAGE))
			.params(job.workspaceId(), job.id())
			.query((rs, n) -> new Written(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private Written writeEvents(ImportJob job) {
		String owner = (job.mapping().lookup() == CustomerLookup.EARLIER_EVENT_ID)
				? "join timeline_event c on c.workspace_id = ? and c.source_key = s.customer_ref"
				: "join customer c on c.workspace_id = ? and c.external_id = s.customer_ref";
		String ownerId = (job.mapping().lookup() == CustomerLookup.EARLIER_EVENT_ID) ? "c.customer_id" : "c.id";
		Set<Long> customers = new HashSet<>();
		long[] inserted = { 0 };
		this.jdbc
			.sql("""
					with inserted as (
					  insert into timeline_event (workspace_id, customer_id, occurred_at, type, department, channel,
					                              summary, value, attributes, source_key)
					  select ?, %s, s.occurred_at, s.type, s.department, s.channel, s.summary, s.value, s.attributes,
					         s.source_key
					  from import_staged_event s %s
					  where %s
					  on conflict (workspace_id, source_key) do nothing
					  returning customer_id)
					select customer_id, count(*) as n from inserted group by customer_id""".formatted(ownerId, owner,
					VALID))
			.params(job.workspaceId(), job.workspaceId(), job.id())
			.query((rs) -> {
				customers.add(rs.getLong("customer_id"));
				inserted[0] += rs.getLong("n");
			});
		if (!customers.isEmpty()) {
			this.events.publishEvent(new EventsImported(job.workspaceId(), Set.copyOf(customers)));
		}
		return new Written(inserted[0], Math.max(0, job.rowsValid() - inserted[0]));
	}

}
