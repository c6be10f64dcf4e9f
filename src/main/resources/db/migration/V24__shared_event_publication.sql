-- Spring Modulith's event publication registry (the schema spring-modulith-events-jdbc 2.x expects
-- for PostgreSQL). Publishing an event to an @ApplicationModuleListener writes one row per listener
-- in the publisher's transaction; the row goes when the listener has finished
-- (spring.modulith.events.completion-mode=delete), so what stays is work that has not been done:
-- still running, failed, or interrupted by a crash. Those are resubmitted when the app starts.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
-- a listener's completion is marked by matching its serialized event
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
