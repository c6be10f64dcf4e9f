-- The living playbook: follow-up templates for common signals, and a changelog of what
-- sessions and editors changed in it.
create table follow_up_template (
    id             bigint generated always as identity primary key,
    workspace_id   bigint        not null references workspace (id),
    -- the signal type it answers; null for a free-standing template
    signal_type_id bigint references signal_type (id) on delete set null,
    title          varchar(200)  not null check (length(title) between 1 and 200),
    body           varchar(10000) not null check (length(body) between 1 and 10000),
    created_by     bigint        not null references app_user (id),
    updated_by     bigint        not null references app_user (id),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
create index follow_up_template_workspace_idx on follow_up_template (workspace_id, lower(title));
-- one template per signal type
create unique index follow_up_template_signal_type_uq on follow_up_template (workspace_id, signal_type_id)
    where signal_type_id is not null;

create table playbook_change (
    id          bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    kind        varchar(20)   not null check (kind in ('INSIGHT_ADDED', 'INSIGHT_REMOVED', 'TEMPLATE_CREATED',
                                                       'TEMPLATE_EDITED', 'TEMPLATE_DELETED')),
    -- what changed, as it read then (the insight's statement or the template's title)
    subject     varchar(500)  not null,
    insight_id  bigint references insight (id) on delete set null,
    session_id  bigint references practice_session (id) on delete set null,
    template_id bigint references follow_up_template (id) on delete set null,
    changed_by  bigint        not null references app_user (id),
    changed_at  timestamptz   not null
);
create index playbook_change_workspace_idx on playbook_change (workspace_id, changed_at desc, id desc);
