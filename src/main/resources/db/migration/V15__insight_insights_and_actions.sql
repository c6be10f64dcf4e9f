-- What sessions learn: insights with their evidence and status history, and action items.

create table insight (
    id              bigint generated always as identity primary key,
    workspace_id    bigint        not null references workspace (id),
    -- the session it came from; null for one written outside a session
    session_id      bigint references practice_session (id) on delete set null,
    statement       varchar(500)  not null check (length(statement) between 1 and 500),
    category        varchar(30)   not null
        check (category in ('BEHAVIOUR_TRIGGER', 'RECOMMENDED_RESPONSE', 'DEPARTMENTAL_IMPLICATION')),
    status          varchar(12)   not null check (status in ('HYPOTHESIS', 'VALIDATED', 'REFUTED')),
    test_plan       varchar(1000),
    -- facets, kept on the row so a search counts them without joins
    departments     varchar(30)[] not null default '{}',
    signal_type_ids bigint[]      not null default '{}',
    segments        varchar(60)[] not null default '{}',
    tags            varchar(40)[] not null default '{}',
    created_by      bigint        not null references app_user (id),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    -- statement (weight A), tags (B) and how we will test it (C); kept by the trigger below
    search_vector   tsvector      not null default ''::tsvector
);
create index insight_workspace_created_idx on insight (workspace_id, created_at desc);
create index insight_session_idx on insight (session_id);
create index insight_search_idx on insight using gin (search_vector);
create index insight_departments_idx on insight using gin (departments);
create index insight_signal_types_idx on insight using gin (signal_type_ids);
create index insight_tags_idx on insight using gin (tags);

create function insight_search_vector() returns trigger
    language plpgsql as
$$
begin
    new.search_vector :=
            setweight(to_tsvector('english', new.statement), 'A')
            || setweight(to_tsvector('english', array_to_string(new.tags, ' ')), 'B')
            || setweight(to_tsvector('english', coalesce(new.test_plan, '')), 'C');
    return new;
end
$$;

create trigger insight_search_vector_trigger
    before insert or update of statement, tags, test_plan on insight
    for each row
execute function insight_search_vector();

-- What an insight rests on. Every piece of evidence is about a customer; it may point at one
-- of their timeline events, a detected signal, or an interpretation logged in a session.
create table insight_evidence (
    id                 bigint generated always as identity primary key,
    insight_id         bigint not null references insight (id) on delete cascade,
    customer_id        bigint not null references customer (id) on delete cascade,
    interpretation_id  bigint references interpretation (id) on delete set null,
    timeline_event_id  bigint references timeline_event (id) on delete set null,
    detected_signal_id bigint references detected_signal (id) on delete set null
);
create index insight_evidence_insight_idx on insight_evidence (insight_id);
create index insight_evidence_customer_idx on insight_evidence (customer_id);

-- Every status an insight has had: the first row is its creation (from_status null).
create table insight_status_change (
    id          bigint generated always as identity primary key,
    insight_id  bigint        not null references insight (id) on delete cascade,
    from_status varchar(12),
    to_status   varchar(12)   not null,
    reason      varchar(1000),
    changed_by  bigint        not null references app_user (id),
    changed_at  timestamptz   not null
);
create index insight_status_change_insight_idx on insight_status_change (insight_id, changed_at);

create table action_item (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id),
    session_id   bigint references practice_session (id) on delete set null,
    insight_id   bigint references insight (id) on delete set null,
    customer_id  bigint references customer (id) on delete set null,
    title        varchar(200)  not null check (length(title) between 1 and 200),
    owner_id     bigint        not null references app_user (id),
    due_on       date,
    status       varchar(10)   not null check (status in ('OPEN', 'DONE', 'DROPPED')),
    outcome_note varchar(1000),
    created_by   bigint        not null references app_user (id),
    created_at   timestamptz   not null,
    closed_at    timestamptz,
    version      bigint        not null default 0
);
create index action_item_workspace_status_idx on action_item (workspace_id, status, due_on);
create index action_item_owner_idx on action_item (workspace_id, owner_id, status);
create index action_item_session_idx on action_item (session_id);
create index action_item_insight_idx on action_item (insight_id);
