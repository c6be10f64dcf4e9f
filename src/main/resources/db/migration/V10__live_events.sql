-- Every event fanned out to live pages, kept for a short while so a browser that
-- reconnects with Last-Event-ID gets what it missed. The id is the SSE event id.
create table live_event (
    id           bigserial    primary key,
    workspace_id bigint       not null references workspace (id),
    topic        varchar(100) not null,
    name         varchar(80)  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);
-- replay after an id, and the newest id of a topic
create index live_event_topic_id_idx on live_event (topic, id);
-- retention deletes by age
create index live_event_created_at_idx on live_event (created_at);
