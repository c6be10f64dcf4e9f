-- Practice sessions: planned by a facilitator, optionally one of a series, with a timed agenda.
create table session_series (
    id           bigint generated always as identity primary key,
    workspace_id bigint      not null references workspace (id),
    title        varchar(200) not null,
    cadence      varchar(12) not null check (cadence in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    created_at   timestamptz not null default now()
);
create index session_series_workspace_idx on session_series (workspace_id);

create table practice_session (
    id                 bigint generated always as identity primary key,
    workspace_id       bigint        not null references workspace (id),
    series_id          bigint references session_series (id),
    focus              varchar(200)  not null,
    objective          varchar(1000),
    learning_goal      varchar(30)   not null check (learning_goal in ('EARLY_CHURN_DETECTION', 'UPSELL', 'LEAD_QUALITY',
                                                                   'SUPPORT_TIME_TO_RESOLUTION', 'OTHER')),
    template           varchar(30),
    facilitator_id     bigint        not null references app_user (id),
    status             varchar(10)   not null check (status in ('PLANNED', 'LIVE', 'PAUSED', 'ENDED', 'CANCELLED')),
    scheduled_start    timestamptz   not null,
    duration_minutes   int           not null check (duration_minutes between 5 and 480),
    join_code          varchar(6)    not null,
    -- the running part: which agenda item is current, when the session started, paused, ended
    current_item       int,
    started_at         timestamptz,
    paused_at          timestamptz,
    ended_at           timestamptz,
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null default now(),
    version            bigint        not null default 0,
    constraint practice_session_join_code_uq unique (join_code)
);
create index practice_session_workspace_start_idx on practice_session (workspace_id, scheduled_start);
create index practice_session_series_idx on practice_session (series_id, scheduled_start);
create index practice_session_facilitator_idx on practice_session (workspace_id, facilitator_id, scheduled_start);

create table agenda_item (
    id                bigint generated always as identity primary key,
    session_id        bigint       not null references practice_session (id) on delete cascade,
    position          int          not null,
    title             varchar(120) not null,
    planned_minutes   int          not null check (planned_minutes between 1 and 240),
    -- filled while the session runs: minutes added on the fly, when the item ran, for how long
    extra_minutes     int          not null default 0,
    actual_started_at timestamptz,
    actual_ended_at   timestamptz,
    running_since     timestamptz,
    elapsed_seconds   int          not null default 0
);
create index agenda_item_session_idx on agenda_item (session_id, position);

create table session_participant (
    session_id bigint      not null references practice_session (id) on delete cascade,
    user_id    bigint      not null references app_user (id),
    department varchar(30) not null,
    primary key (session_id, user_id)
);
create index session_participant_user_idx on session_participant (user_id);

create table session_customer (
    session_id  bigint not null references practice_session (id) on delete cascade,
    customer_id bigint not null references customer (id) on delete cascade,
    primary key (session_id, customer_id)
);
