-- Per-workspace choices about how customer data is shown. One row per workspace that changed
-- something; a workspace without a row uses the defaults.
create table customer_settings (
    workspace_id bigint      primary key references workspace (id),
    anonymize    boolean     not null default false,
    updated_at   timestamptz not null default now()
);
