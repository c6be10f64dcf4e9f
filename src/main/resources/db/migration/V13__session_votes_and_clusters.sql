-- The board: dot votes on interpretations and clusters of them (later insight drafts).
create table interpretation_vote (
    id                bigint generated always as identity primary key,
    workspace_id      bigint      not null references workspace (id),
    session_id        bigint      not null references practice_session (id) on delete cascade,
    interpretation_id bigint      not null references interpretation (id) on delete cascade,
    voter_id          bigint      not null references app_user (id),
    created_at        timestamptz not null,
    unique (interpretation_id, voter_id)
);
create index interpretation_vote_session_idx on interpretation_vote (session_id, voter_id);

create table interpretation_cluster (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    session_id   bigint       not null references practice_session (id) on delete cascade,
    name         varchar(120) not null,
    created_by   bigint       not null references app_user (id),
    created_at   timestamptz  not null
);
create index interpretation_cluster_session_idx on interpretation_cluster (session_id);

-- an interpretation sits in at most one cluster
create table cluster_entry (
    cluster_id        bigint not null references interpretation_cluster (id) on delete cascade,
    interpretation_id bigint not null references interpretation (id) on delete cascade,
    primary key (interpretation_id)
);
create index cluster_entry_cluster_idx on cluster_entry (cluster_id);
