-- An action item remembers the series of the session it came from, so the opening recap of a
-- later session finds every action still open from earlier sessions of the series in one query.
alter table action_item add column series_id bigint references session_series (id) on delete set null;
create index action_item_series_idx on action_item (workspace_id, series_id, status);
