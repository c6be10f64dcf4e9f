-- The wins wall: outcomes a team credits to its practice, with what led to them.
create table win (
    id           bigint generated always as identity primary key,
    workspace_id bigint         not null references workspace (id),
    kind         varchar(20)    not null check (kind in ('SAVED_ACCOUNT', 'UPSELL', 'CLOSED_DEAL', 'OTHER')),
    title        varchar(200)   not null check (length(title) between 1 and 200),
    story        varchar(4000),
    -- in the workspace's own currency; unknown when null
    value_amount numeric(14, 2) check (value_amount >= 0),
    won_on       date           not null,
    customer_id  bigint references customer (id) on delete set null,
    author_id    bigint         not null references app_user (id),
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    version      bigint         not null default 0
);
-- the wall (newest first) and the quarter totals both read one workspace by date
create index win_workspace_won_idx on win (workspace_id, won_on desc, id desc);

create table win_insight (
    win_id     bigint not null references win (id) on delete cascade,
    insight_id bigint not null references insight (id) on delete cascade,
    primary key (win_id, insight_id)
);
create index win_insight_insight_idx on win_insight (insight_id);

create table win_action (
    win_id         bigint not null references win (id) on delete cascade,
    action_item_id bigint not null references action_item (id) on delete cascade,
    primary key (win_id, action_item_id)
);
create index win_action_action_idx on win_action (action_item_id);
