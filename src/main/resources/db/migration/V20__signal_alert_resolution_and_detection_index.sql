-- An alert whose condition no longer holds when its rule runs again is closed as resolved,
-- with the moment it was; it stays in the inbox history and fires again only for new evidence.
alter table detected_signal drop constraint detected_signal_status_check;
alter table detected_signal add constraint detected_signal_status_check
    check (status in ('OPEN', 'ACKNOWLEDGED', 'DISMISSED', 'RESOLVED'));
alter table detected_signal add column resolved_at timestamptz;

-- Re-evaluating the customers a batch touched reads, per rule, their events of a few types in a
-- window. With the event id included every such read is an index-only scan: no visit to the
-- table's pages, which are spread over the whole heap for one customer. It supersedes the
-- narrower (customer_id, type, occurred_at) index of V7.
create index timeline_event_detection_idx on timeline_event (workspace_id, customer_id, type, occurred_at)
    include (id);
drop index timeline_event_customer_type_time_idx;
