-- Per-workspace tokens for the ingest API. Only the SHA-256 hash of a token is stored, plus a
-- short prefix so admins can tell tokens apart; the token itself is shown once, on creation.
create table api_token (
    id              bigint generated always as identity primary key,
    workspace_id    bigint       not null references workspace (id),
    name            varchar(80)  not null,
    token_hash      varchar(64)  not null,
    prefix          varchar(16)  not null,
    created_by      bigint       not null references app_user (id),
    created_by_name varchar(80)  not null,
    created_at      timestamptz  not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_workspace_idx on api_token (workspace_id, created_at desc);
