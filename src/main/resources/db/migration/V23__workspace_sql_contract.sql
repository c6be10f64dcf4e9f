-- The workspace module's SQL contract: what other modules may read of workspaces and their
-- members in SQL. Plain projections, folded by PostgreSQL into the calling query.
-- Documented in io.signalroom.workspace's package-info.java. Read-only by contract.

-- One row per workspace.
create view workspace_fact as
select w.id,
       w.name,
       w.created_at
from workspace w;

-- One row per membership: a person as a member of one workspace, with the name shown for
-- them. A member who left keeps the row (active false), so what they did keeps a name.
create view member_fact as
select m.workspace_id,
       m.user_id,
       u.display_name,
       m.role,
       m.department,
       m.active
from membership m
         join app_user u on u.id = m.user_id;
