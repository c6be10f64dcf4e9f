-- Pre-session assignments: a participant reviews a customer record and writes an observation.
create table session_assignment (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id),
    session_id   bigint        not null references practice_session (id) on delete cascade,
    user_id      bigint        not null references app_user (id),
    customer_id  bigint        not null references customer (id) on delete cascade,
    observation  varchar(500),
    observed_at  timestamptz,
    constraint session_assignment_uq unique (session_id, user_id, customer_id)
);
create index session_assignment_session_idx on session_assignment (workspace_id, session_id);
