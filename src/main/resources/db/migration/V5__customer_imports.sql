-- CSV imports: a job per uploaded file, the rows it staged, the problems found in them, and
-- mappings saved by name for the next file of the same shape.
create table import_job (
    id             bigint generated always as identity primary key,
    workspace_id   bigint        not null references workspace (id),
    created_by     bigint        not null references app_user (id),
    file_name      varchar(255)  not null,
    file_path      varchar(1000) not null,
    file_size      bigint        not null,
    charset        varchar(20),
    delimiter      char(1)       not null,
    crlf           boolean       not null default false,
    target         varchar(20),
    mapping        jsonb,
    status         varchar(20)   not null
        check (status in ('UPLOADED', 'VALIDATING', 'VALIDATED', 'IMPORTING', 'IMPORTED', 'DISCARDED', 'FAILED')),
    rows_read      bigint        not null default 0,
    rows_valid     bigint        not null default 0,
    rows_rejected  bigint        not null default 0,
    rows_imported  bigint        not null default 0,
    error_message  varchar(2000),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);
create index import_job_workspace_idx on import_job (workspace_id, created_at desc);

create table import_mapping (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    name         varchar(80)  not null,
    target       varchar(20)  not null,
    mapping      jsonb        not null,
    created_at   timestamptz  not null default now(),
    constraint import_mapping_name_uq unique (workspace_id, name)
);

-- why a row of a job is rejected; one row may have several
create table import_problem (
    job_id      bigint        not null references import_job (id) on delete cascade,
    row_no      bigint        not null,
    column_name varchar(255),
    code        varchar(30)   not null,
    detail      varchar(500)
);
create index import_problem_job_row_idx on import_problem (job_id, row_no);

-- rows parsed by a validation, waiting for the user's decision; unlogged because they are
-- rebuilt from the file if lost
create unlogged table import_staged_customer (
    job_id          bigint       not null,
    row_no          bigint       not null,
    external_id     text,
    name            text,
    email           text,
    segment         text,
    plan            text,
    lifecycle_stage text,
    owner           text,
    revenue         numeric(14, 2),
    outcome         text,
    outcome_on      date,
    attributes      jsonb
);
create index import_staged_customer_job_idx on import_staged_customer (job_id, row_no);

create unlogged table import_staged_event (
    job_id       bigint      not null,
    row_no       bigint      not null,
    customer_ref text,
    occurred_at  timestamptz,
    type         text,
    department   text,
    channel      text,
    summary      text,
    value        numeric(18, 4),
    attributes   jsonb,
    source_key   text
);
create index import_staged_event_job_idx on import_staged_event (job_id, row_no);
