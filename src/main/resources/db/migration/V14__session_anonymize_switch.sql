-- A facilitator can show a session's customers under pseudonyms (e.g. before sharing a screen),
-- whatever the workspace's own setting.
alter table practice_session add column anonymize_customers boolean not null default false;
