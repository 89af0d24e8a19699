-- Workspace administration (issue 6, B2): user status and preferences, invitations, the workspace
-- profile, operators and sign-up codes, and agent presence. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
alter table users add column active boolean not null default true;
alter table users add column locale varchar(35);
alter table users add column timezone varchar(60);
-- Operators run the installation: they create workspaces and sign-up codes (frontline.operator.*).
alter table users add column operator boolean not null default false;

alter table workspaces add column timezone varchar(60) not null default 'UTC';
-- Comma-separated language tags (BCP 47), e.g. 'en,ko'.
alter table workspaces add column languages varchar(800) not null default 'en';
alter table workspaces add column default_language varchar(35) not null default 'en';

-- Only the SHA-256 digest of an invitation token is stored, as for API tokens.
create table invitations (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    user_id      uuid not null references users (id),
    token_digest varchar(64) not null unique,
    invited_by   uuid not null references users (id),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    accepted_at  timestamp with time zone
);
create index invitations_user on invitations (user_id);

create table signup_codes (
    id           uuid primary key,
    code_digest  varchar(64) not null unique,
    note         varchar(200),
    created_by   uuid not null references users (id),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    workspace_id uuid references workspaces (id)
);

-- One row per staff member whose status was ever set; no row (or no since) means never seen, offline.
create table agent_presence (
    user_id      uuid primary key references users (id),
    workspace_id uuid not null references workspaces (id),
    status       varchar(20) not null,
    reason       varchar(200),
    since        timestamp with time zone
);
create index agent_presence_workspace_status on agent_presence (workspace_id, status);

-- A deleted team is kept (conversations may still name it) but hidden, emptied and renamed so its name
-- can be used again.
alter table teams add column deleted_at timestamp with time zone;
