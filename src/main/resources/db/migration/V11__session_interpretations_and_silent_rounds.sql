-- Running a session: silent brainstorm rounds and the interpretations participants log.

-- A silent round on one agenda item: entries made while it is open are shown only to their
-- authors until the facilitator reveals them all at once.
create table silent_round (
    id            bigint generated always as identity primary key,
    workspace_id  bigint      not null references workspace (id),
    session_id    bigint      not null references practice_session (id) on delete cascade,
    agenda_item_id bigint     not null references agenda_item (id) on delete cascade,
    started_at    timestamptz not null,
    revealed_at   timestamptz
);
-- at most one open round per session
create unique index silent_round_open_idx on silent_round (session_id) where revealed_at is null;

create table interpretation (
    id                 bigint generated always as identity primary key,
    workspace_id       bigint        not null references workspace (id),
    session_id         bigint        not null references practice_session (id) on delete cascade,
    agenda_item_id     bigint references agenda_item (id) on delete set null,
    author_id          bigint        not null references app_user (id),
    department         varchar(30)   not null,
    customer_id        bigint        not null references customer (id) on delete cascade,
    timeline_event_id  bigint references timeline_event (id) on delete set null,
    detected_signal_id bigint references detected_signal (id) on delete set null,
    text               varchar(1000) not null check (length(text) between 1 and 1000),
    category           varchar(30)   not null,
    confidence         int           not null check (confidence between 1 and 5),
    frequency          int check (frequency between 1 and 5),
    intensity          int check (intensity between 1 and 5),
    urgency            int check (urgency between 1 and 5),
    sentiment          varchar(10) check (sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    silent_round_id    bigint references silent_round (id) on delete set null,
    created_at         timestamptz   not null
);
create index interpretation_session_idx on interpretation (workspace_id, session_id, created_at);
