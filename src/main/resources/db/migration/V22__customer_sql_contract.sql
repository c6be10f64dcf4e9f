-- The customer module's SQL contract: what other modules may read of customers and their
-- timelines in SQL, under names that stay stable when the tables behind them change. Plain
-- projections, so PostgreSQL folds them into the calling query and its indexes serve as
-- before. Documented in io.signalroom.customer's package-info.java. Read-only by contract.

-- One row per customer, with what the module means by its stage: a customer in onboarding,
-- active or at risk is expected to be active, so its silence means something.
create view customer_fact as
select c.id,
       c.workspace_id,
       c.external_id,
       c.name,
       c.email,
       c.segment,
       c.plan,
       c.lifecycle_stage,
       c.owner,
       c.revenue,
       c.outcome,
       c.outcome_on,
       c.lifecycle_stage in ('ONBOARDING', 'ACTIVE', 'AT_RISK') as expects_activity
from customer c;

-- One row per timeline event.
create view timeline_event_fact as
select e.id,
       e.workspace_id,
       e.customer_id,
       e.occurred_at,
       e.type,
       e.department,
       e.channel,
       e.summary,
       e.value,
       e.attributes
from timeline_event e;

-- Customers as they were known at a cut: only the current record is kept, so an outcome
-- that is not over by the cut (outcome_on on or after the cut's UTC date, since it may not
-- have happened yet at that moment) is unknown, and so is the stage that followed from it.
-- Such a customer was a live one at the cut, so it is expected to be active.
create function customer_fact_as_of(cut timestamptz)
    returns table (id bigint, workspace_id bigint, external_id varchar, name varchar, email varchar,
                   segment varchar, plan varchar, lifecycle_stage varchar, owner varchar,
                   revenue numeric, outcome varchar, outcome_on date, expects_activity boolean)
    language sql
    stable
    parallel safe
as
$$
select c.id,
       c.workspace_id,
       c.external_id,
       c.name,
       c.email,
       c.segment,
       c.plan,
       case when c.outcome_on >= (cut at time zone 'UTC')::date then null else c.lifecycle_stage end,
       c.owner,
       c.revenue,
       case when c.outcome_on >= (cut at time zone 'UTC')::date then null else c.outcome end,
       case when c.outcome_on >= (cut at time zone 'UTC')::date then null else c.outcome_on end,
       c.expects_activity or coalesce(c.outcome_on >= (cut at time zone 'UTC')::date, false)
from customer_fact c
$$;

-- Timeline events up to and including the cut.
create function timeline_event_fact_as_of(cut timestamptz)
    returns table (id bigint, workspace_id bigint, customer_id bigint, occurred_at timestamptz, type varchar,
                   department varchar, channel varchar, summary varchar, value numeric, attributes jsonb)
    language sql
    stable
    parallel safe
as
$$
select e.id, e.workspace_id, e.customer_id, e.occurred_at, e.type, e.department, e.channel, e.summary,
       e.value, e.attributes
from timeline_event_fact e
where e.occurred_at <= cut
$$;
