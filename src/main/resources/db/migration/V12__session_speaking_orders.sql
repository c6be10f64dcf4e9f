-- Round-robin: the order in which a session's participants speak, and who is up.
create table speaking_order (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id),
    session_id   bigint        not null references practice_session (id) on delete cascade,
    -- user ids in speaking order, comma-separated
    speakers     varchar(2000) not null,
    position     int           not null default 0,
    started_at   timestamptz   not null,
    ended_at     timestamptz
);
create unique index speaking_order_open_idx on speaking_order (session_id) where ended_at is null;
