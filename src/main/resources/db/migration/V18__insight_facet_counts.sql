-- How many insights each workspace has per facet value (facet '' with value '' holds the
-- total), so the repository's landing page shows exact counts without counting a million
-- rows. Kept by statement-level triggers over the changed rows (transition tables), so a
-- bulk insert updates each counter once; facet names are those of
-- io.signalroom.insight.search.Facet. A value that occurs twice in one insight's list
-- counts twice, as the repository's own counting does.
create table insight_facet_count (
    workspace_id bigint      not null references workspace (id) on delete cascade,
    facet        varchar(20) not null,
    value        text        not null,
    insights     bigint      not null,
    primary key (workspace_id, facet, value)
);

create function insight_facet_values(category varchar, status varchar, signal_type_ids bigint[],
                                     departments varchar[], segments varchar[], session_id bigint, tags varchar[])
    returns table (facet varchar, value text)
    language sql
    immutable as
$$
select '', ''
union all
select 'CATEGORY', category
union all
select 'STATUS', status
union all
select 'SIGNAL_TYPE', t::text from unnest(signal_type_ids) t
union all
select 'DEPARTMENT', d from unnest(departments) d
union all
select 'SEGMENT', s from unnest(segments) s
union all
select 'SESSION', session_id::text where session_id is not null
union all
select 'TAG', t from unnest(tags) t
$$;

-- Counters are changed in key order, so concurrent writers lock them in the same order.
create function insight_facet_count_added() returns trigger
    language plpgsql as
$$
begin
    insert into insight_facet_count as c (workspace_id, facet, value, insights)
    select a.workspace_id, f.facet, f.value, count(*)
    from added a
             cross join lateral insight_facet_values(a.category, a.status, a.signal_type_ids, a.departments,
                                                     a.segments, a.session_id, a.tags) f
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (workspace_id, facet, value) do update set insights = c.insights + excluded.insights;
    return null;
end
$$;

create function insight_facet_count_changed() returns trigger
    language plpgsql as
$$
begin
    with changes as (
        select a.workspace_id, f.facet, f.value, 1 as delta
        from added a
                 cross join lateral insight_facet_values(a.category, a.status, a.signal_type_ids, a.departments,
                                                         a.segments, a.session_id, a.tags) f
        union all
        select r.workspace_id, f.facet, f.value, -1
        from removed r
                 cross join lateral insight_facet_values(r.category, r.status, r.signal_type_ids, r.departments,
                                                         r.segments, r.session_id, r.tags) f)
    insert into insight_facet_count as c (workspace_id, facet, value, insights)
    select workspace_id, facet, value, sum(delta)
    from changes
    group by 1, 2, 3
    having sum(delta) <> 0
    order by 1, 2, 3
    on conflict (workspace_id, facet, value) do update set insights = c.insights + excluded.insights;
    delete from insight_facet_count c
    where c.insights <= 0
      and c.workspace_id in (select workspace_id from removed);
    return null;
end
$$;

create function insight_facet_count_removed() returns trigger
    language plpgsql as
$$
begin
    with changes as (
        select r.workspace_id, f.facet, f.value, count(*) as gone
        from removed r
                 cross join lateral insight_facet_values(r.category, r.status, r.signal_type_ids, r.departments,
                                                         r.segments, r.session_id, r.tags) f
        group by 1, 2, 3)
    update insight_facet_count c
    set insights = c.insights - changes.gone
    from (select * from changes order by 1, 2, 3) changes
    where c.workspace_id = changes.workspace_id
      and c.facet = changes.facet
      and c.value = changes.value;
    delete from insight_facet_count c
    where c.insights <= 0
      and c.workspace_id in (select workspace_id from removed);
    return null;
end
$$;

create function insight_facet_count_truncated() returns trigger
    language plpgsql as
$$
begin
    delete from insight_facet_count;
    return null;
end
$$;

create trigger insight_facet_count_insert_trigger
    after insert on insight
    referencing new table as added
    for each statement
execute function insight_facet_count_added();

create trigger insight_facet_count_update_trigger
    after update on insight
    referencing old table as removed new table as added
    for each statement
execute function insight_facet_count_changed();

create trigger insight_facet_count_delete_trigger
    after delete on insight
    referencing old table as removed
    for each statement
execute function insight_facet_count_removed();

create trigger insight_facet_count_truncate_trigger
    after truncate on insight
    for each statement
execute function insight_facet_count_truncated();

insert into insight_facet_count (workspace_id, facet, value, insights)
select i.workspace_id, f.facet, f.value, count(*)
from insight i
         cross join lateral insight_facet_values(i.category, i.status, i.signal_type_ids, i.departments, i.segments,
                                                 i.session_id, i.tags) f
group by 1, 2, 3;
