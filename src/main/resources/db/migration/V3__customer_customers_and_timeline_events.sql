-- Customers (accounts or leads) and what happened to them. Both belong to a workspace; the
-- external id (the CRM's) is unique per workspace so imports and the API upsert on it.
create table customer (
    id              bigint generated always as identity primary key,
    workspace_id    bigint        not null references workspace (id),
    external_id     varchar(100)  not null,
    name            varchar(200)  not null,
    email           varchar(254),
    segment         varchar(60),
    plan            varchar(60),
    lifecycle_stage varchar(20)   not null default 'ACTIVE'
        check (lifecycle_stage in ('LEAD', 'PROSPECT', 'ONBOARDING', 'ACTIVE', 'AT_RISK', 'CHURNED')),
    owner           varchar(120),
    revenue         numeric(14, 2),
    outcome         varchar(20)
        check (outcome in ('CHURNED', 'RENEWED', 'UPGRADED', 'DOWNGRADED', 'WON', 'LOST')),
    outcome_on      date,
    attributes      jsonb         not null default '{}'::jsonb,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint customer_external_id_uq unique (workspace_id, external_id)
);
create index customer_workspace_name_idx on customer (workspace_id, lower(name));
create index customer_workspace_filters_idx on customer (workspace_id, lifecycle_stage, segment, plan);

create table timeline_event (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id),
    customer_id  bigint        not null references customer (id) on delete cascade,
    occurred_at  timestamptz   not null,
    type         varchar(40)   not null,
    department   varchar(30),
    channel      varchar(60),
    summary      varchar(2000),
    value        numeric(18, 4),
    attributes   jsonb,
    -- identifies the event in its source (the import's event id, or a hash of its content), so
    -- re-importing the same rows never duplicates them
    source_key   varchar(200)  not null,
    constraint timeline_event_source_key_uq unique (workspace_id, source_key)
);
create index timeline_event_customer_time_idx on timeline_event (customer_id, occurred_at desc);
create index timeline_event_workspace_time_idx on timeline_event (workspace_id, occurred_at);
