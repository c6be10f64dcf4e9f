/**
 * Customers (accounts and leads) and their timelines: the customer book, CSV imports, the
 * ingest API, pseudonyms and demo data. Other modules use
 * {@link io.signalroom.customer.CustomerCatalog} and the records beside it, and hear of
 * new events through {@link io.signalroom.customer.EventsImported}.
 *
 * <h2>SQL contract</h2>
 * <p>
 * Set-based queries of other modules (detection, say) may read customers in SQL, but only
 * through these views and functions of migration {@code V22__customer_sql_contract.sql},
 * never the tables behind them ({@code TableOwnershipTests} checks). They are read-only,
 * workspace-owned (always filter on {@code workspace_id}), and plain projections that
 * PostgreSQL folds into the calling query, so the tables' indexes serve it as if it named
 * them: index-only scans of {@code timeline_event} stay index-only.
 * <table>
 * <caption>Views</caption>
 * <tr>
 * <th>view</th>
 * <th>columns</th>
 * <th>meaning</th>
 * </tr>
 * <tr>
 * <td>{@code customer_fact}</td>
 * <td>{@code id, workspace_id, external_id, name, email, segment, plan, lifecycle_stage,
 * owner, revenue, outcome, outcome_on, expects_activity}</td>
 * <td>One row per customer as it stands now. {@code lifecycle_stage} and {@code outcome}
 * hold the names of {@link io.signalroom.customer.LifecycleStage} and
 * {@link io.signalroom.customer.Outcome}; {@code outcome_on} is the outcome's date.
 * {@code expects_activity} is true for a customer that is expected to be active
 * (onboarding, active or at risk), so that its silence means something: use it instead of
 * listing stages. {@code name} and {@code email} are the real ones; what a viewer may see
 * of them is decided by {@code CustomerCatalog}.</td>
 * </tr>
 * <tr>
 * <td>{@code timeline_event_fact}</td>
 * <td>{@code id, workspace_id, customer_id, occurred_at, type, department, channel,
 * summary, value, attributes}</td>
 * <td>One row per timeline event: when it happened ({@code timestamptz}), its
 * {@link io.signalroom.customer.EventType} name, the department whose system saw it, and
 * what it says. Indexed for reads by
 * {@code (workspace_id, customer_id, type, occurred_at)} (with {@code id}),
 * {@code (workspace_id, type, occurred_at)} (with {@code customer_id}),
 * {@code (workspace_id, occurred_at)} and {@code (customer_id, occurred_at desc)}.</td>
 * </tr>
 * </table>
 * <h3>As of a cut</h3>
 * <p>
 * Exercises show timelines cut at a moment. Two functions take the cut
 * ({@code timestamptz}) and answer the same columns as the views, as far as they were
 * known then. Both are {@code stable} SQL functions that PostgreSQL inlines, so callers
 * filter and join them like the views: <pre class="code">
 * select c.id from customer_fact_as_of(cast(:cut as timestamptz)) c
 * where c.workspace_id = :ws and c.expects_activity
 * </pre>
 * <table>
 * <caption>Functions</caption>
 * <tr>
 * <th>function</th>
 * <th>meaning</th>
 * </tr>
 * <tr>
 * <td>{@code customer_fact_as_of(cut)}</td>
 * <td>Every customer, with an outcome that was not over by the cut unknown: when
 * {@code outcome_on} is on or after the cut's date (in UTC, since an outcome on the cut's
 * own day may not have happened yet at that moment), {@code lifecycle_stage},
 * {@code outcome} and {@code outcome_on} are null and {@code expects_activity} is true
 * (the customer was a live one at the cut). Otherwise as in {@code customer_fact}: only
 * the current record is kept, so the other columns are today's.</td>
 * </tr>
 * <tr>
 * <td>{@code timeline_event_fact_as_of(cut)}</td>
 * <td>The events with {@code occurred_at <= cut}.</td>
 * </tr>
 * </table>
 */
@ApplicationModule(allowedDependencies = { "shared", "workspace" })
package io.signalroom.customer;

import org.springframework.modulith.ApplicationModule;
