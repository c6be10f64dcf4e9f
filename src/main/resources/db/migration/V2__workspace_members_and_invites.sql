-- People and workspaces. A user is global; everything a user may see hangs off a membership.
create table app_user (
    id                bigint generated always as identity primary key,
    email             varchar(254) not null,
    display_name      varchar(80)  not null,
    password_hash     varchar(255) not null,
    last_workspace_id bigint,
    created_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create unique index app_user_email_uq on app_user (lower(email));

create table workspace (
    id         bigint generated always as identity primary key,
    name       varchar(80) not null,
    created_at timestamptz not null default now()
);

alter table app_user
    add constraint app_user_last_workspace_fk foreign key (last_workspace_id) references workspace (id);

create table membership (
    id           bigint generated always as identity primary key,
    workspace_id bigint      not null references workspace (id),
    user_id      bigint      not null references app_user (id),
    role         varchar(20) not null check (role in ('ADMIN', 'MANAGER', 'FACILITATOR', 'PARTICIPANT')),
    department   varchar(30) not null check (department in ('SALES', 'MARKETING', 'SUPPORT', 'CUSTOMER_SUCCESS',
                                                            'PRODUCT', 'DATA_BI', 'REVOPS', 'UX', 'OPERATIONS')),
    active       boolean     not null default true,
    joined_at    timestamptz not null default now(),
    version      bigint      not null default 0,
    constraint membership_workspace_user_uq unique (workspace_id, user_id)
);
create index membership_user_idx on membership (user_id);

create table invite (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    email        varchar(254) not null,
    role         varchar(20)  not null check (role in ('ADMIN', 'MANAGER', 'FACILITATOR', 'PARTICIPANT')),
    department   varchar(30)  not null,
    token_hash   varchar(64)  not null,
    invited_by   bigint       not null references app_user (id),
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    accepted_by  bigint references app_user (id),
    revoked_at   timestamptz,
    version      bigint       not null default 0,
    constraint invite_token_uq unique (token_hash)
);
create index invite_workspace_idx on invite (workspace_id, created_at desc);

-- Failed sign-ins per e-mail address, to slow down password guessing across app instances.
create table login_throttle (
    email            varchar(254) primary key,
    failures         int          not null,
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
