-- Pseudonyms are a stored random mapping, so "Customer K7QM2" says nothing about the customer's id.
-- A scope keeps several mappings apart: 'workspace' for pages of a workspace (or a session) that show
-- pseudonyms, and one per practice exercise, so an exercise's names differ from any other. A code is
-- unique within its workspace across all scopes.
create table customer_pseudonym (
    workspace_id bigint      not null references workspace (id),
    scope        varchar(40) not null,
    customer_id  bigint      not null references customer (id) on delete cascade,
    code         varchar(12) not null,
    primary key (workspace_id, scope, customer_id),
    constraint customer_pseudonym_code_uq unique (workspace_id, code)
);
create index customer_pseudonym_customer_idx on customer_pseudonym (customer_id);

-- Five characters without look-alikes (no I, O, 0, 1): 33 million codes per workspace.
create function customer_pseudonym_code() returns varchar language sql volatile as $$
    select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 1 + floor(random() * 32)::int, 1), '')
    from generate_series(1, 5)
$$;

-- Gives every listed customer of the workspace a code in the scope, drawing again for the few whose
-- draw met a code already taken.
create function customer_pseudonyms_assign(ws bigint, pseudonym_scope varchar, ids bigint[]) returns void
language plpgsql as $$
begin
    for attempt in 1..50 loop
        insert into customer_pseudonym (workspace_id, scope, customer_id, code)
        select ws, pseudonym_scope, c.id, customer_pseudonym_code()
        from customer c
        where c.workspace_id = ws and c.id = any (ids)
          and not exists (select 1 from customer_pseudonym p
                          where p.workspace_id = ws and p.scope = pseudonym_scope and p.customer_id = c.id)
        on conflict do nothing;
        exit when not exists (select 1 from customer c
                              where c.workspace_id = ws and c.id = any (ids)
                                and not exists (select 1 from customer_pseudonym p
                                                where p.workspace_id = ws and p.scope = pseudonym_scope
                                                  and p.customer_id = c.id));
    end loop;
end
$$;

-- Every customer has its workspace pseudonym from the moment it exists, whichever way it came in.
create function customer_pseudonym_on_insert() returns trigger language plpgsql as $$
declare
    ws bigint;
begin
    for ws in select distinct workspace_id from added loop
        perform customer_pseudonyms_assign(ws, 'workspace', array(select id from added where workspace_id = ws));
    end loop;
    return null;
end
$$;
create trigger customer_pseudonym_assigned after insert on customer
    referencing new table as added for each statement execute function customer_pseudonym_on_insert();

select customer_pseudonyms_assign(w.id, 'workspace', array(select c.id from customer c where c.workspace_id = w.id))
from workspace w;
