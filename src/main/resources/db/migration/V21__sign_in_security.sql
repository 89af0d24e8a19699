-- Sign-in security (issue 10): throttling shared by all nodes, browser sessions, two-factor sign-in.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- One row per throttled key ('account:<email>', 'address:<ip>', 'tokens:<user id>'): failures since the
-- last success, and until when attempts are refused. Rows whose last failure is old are deleted.
create table sign_in_throttles (
    throttle_key    varchar(400) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    locked          boolean not null default false
);
create index sign_in_throttles_last_failure on sign_in_throttles (last_failure_at);

-- Browser sessions as their member sees them; the servlet session holds the id. Ending a row ends the
-- session on every node with its next request.
create table staff_sessions (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    user_id      uuid not null references users (id),
    user_agent   varchar(500),
    address      varchar(64),
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ended_at     timestamp with time zone
);
create index staff_sessions_user on staff_sessions (user_id, last_seen_at);

-- TOTP (RFC 6238): the secret is sealed with the installation's key; the last accepted time step makes
-- each code single use. A pending secret waits for its first code before it replaces the active one.
alter table users add column totp_secret varchar(200);
alter table users add column totp_pending_secret varchar(200);
alter table users add column totp_last_step bigint;
alter table users add column two_factor_enabled_at timestamp with time zone;

-- Recovery codes: 80 random bits each, so their SHA-256 is safe to store; each works once.
create table recovery_codes (
    user_id    uuid not null references users (id),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone,
    primary key (user_id, code_hash)
);

alter table workspaces add column two_factor_required boolean not null default false;
