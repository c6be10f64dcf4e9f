-- The signal taxonomy library of a workspace: named behaviours, how to read them and how to spot them.
create table signal_type (
    id                   bigint generated always as identity primary key,
    workspace_id         bigint        not null references workspace (id),
    name                 varchar(120)  not null,
    category             varchar(30)   not null check (category in ('BUYING_INTENT', 'CHURN_RISK', 'UPSELL_READINESS',
                                                                    'FRICTION', 'DISENGAGEMENT', 'ADVOCACY')),
    nature               varchar(20)   not null check (nature in ('QUANTITATIVE', 'QUALITATIVE', 'CONTEXTUAL')),
    definition           varchar(2000) not null,
    interpretation       varchar(2000),
    recommended_response varchar(2000),
    -- departments to notify, as ",SUPPORT,CUSTOMER_SUCCESS," so a department filter is a simple LIKE
    notify_departments   varchar(300)  not null default ',',
    default_sentiment    varchar(10)   not null check (default_sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    urgency              int           not null default 3 check (urgency between 1 and 5),
    examples             varchar(2000),
    owner_department     varchar(30),
    next_review_on       date          not null,
    -- the detection rule in its text form (see DetectionRule), null for signals only observed by people
    detection_rule       varchar(1000),
    retired_at           timestamptz,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0
);
create unique index signal_type_workspace_name_uq on signal_type (workspace_id, lower(name));
create index signal_type_workspace_category_idx on signal_type (workspace_id, category);

-- Every change to a signal type, with a snapshot of all its fields after the change.
create table signal_type_revision (
    id             bigint generated always as identity primary key,
    workspace_id   bigint        not null references workspace (id),
    signal_type_id bigint        not null references signal_type (id),
    revision_no    int           not null,
    changed_by     bigint        references app_user (id),
    changed_by_name varchar(80)  not null,
    changed_at     timestamptz   not null,
    reason         varchar(500)  not null,
    snapshot       text          not null,
    constraint signal_type_revision_uq unique (signal_type_id, revision_no)
);
create index signal_type_revision_workspace_idx on signal_type_revision (workspace_id, signal_type_id);

-- A rule matched a customer: the alert, with the events that prove it. The fingerprint of the
-- evidence keeps a dismissed alert from coming back for the same events.
create table detected_signal (
    id                   bigint generated always as identity primary key,
    workspace_id         bigint        not null references workspace (id),
    signal_type_id       bigint        not null references signal_type (id),
    customer_id          bigint        not null references customer (id) on delete cascade,
    fired_at             timestamptz   not null,
    detected_at          timestamptz   not null default now(),
    evidence_event_ids   bigint[]      not null,
    evidence_fingerprint varchar(32)   not null,
    status               varchar(15)   not null default 'OPEN'
        check (status in ('OPEN', 'ACKNOWLEDGED', 'DISMISSED')),
    assignee_id          bigint        references app_user (id),
    handled_by           bigint        references app_user (id),
    handled_at           timestamptz,
    dismiss_reason       varchar(500),
    version              bigint        not null default 0
);
create index detected_signal_type_customer_idx on detected_signal (workspace_id, signal_type_id, customer_id);
create index detected_signal_inbox_idx on detected_signal (workspace_id, status, fired_at desc);
create index detected_signal_customer_idx on detected_signal (workspace_id, customer_id, fired_at);

-- A member's rating of a signal type, or of one detected signal of it.
create table signal_scorecard (
    id                 bigint generated always as identity primary key,
    workspace_id       bigint        not null references workspace (id),
    signal_type_id     bigint        not null references signal_type (id),
    detected_signal_id bigint        references detected_signal (id) on delete cascade,
    rater_id           bigint        not null references app_user (id),
    rater_department   varchar(30)   not null,
    frequency          int           not null check (frequency between 1 and 5),
    intensity          int           not null check (intensity between 1 and 5),
    urgency            int           not null check (urgency between 1 and 5),
    sentiment          varchar(10)   not null check (sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    comment            varchar(1000),
    rated_at           timestamptz   not null default now()
);
create unique index signal_scorecard_one_per_rater_uq
    on signal_scorecard (signal_type_id, rater_id, coalesce(detected_signal_id, 0));
create index signal_scorecard_workspace_type_idx on signal_scorecard (workspace_id, signal_type_id);

-- Rule conditions read events of a few types in a recent window across the workspace.
create index timeline_event_workspace_type_time_idx on timeline_event (workspace_id, type, occurred_at)
    include (customer_id);
-- Incremental evaluation reads the touched customers' events by type.
create index timeline_event_customer_type_time_idx on timeline_event (customer_id, type, occurred_at);
