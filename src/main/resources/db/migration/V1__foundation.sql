-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL. Every business row carries its workspace.
create table workspaces (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create table users (
    id            uuid primary key,
    workspace_id  uuid not null references workspaces (id),
    email         varchar(320) not null unique,
    display_name  varchar(200) not null,
    role          varchar(20) not null,
    password_hash varchar(200),
    created_at    timestamp with time zone not null
);
create index users_workspace on users (workspace_id);

create table teams (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    name         varchar(200) not null,
    created_at   timestamp with time zone not null,
    unique (workspace_id, name)
);

create table team_members (
    team_id uuid not null references teams (id) on delete cascade,
    user_id uuid not null references users (id),
    primary key (team_id, user_id)
);

create table api_tokens (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    user_id      uuid not null references users (id),
    name         varchar(200) not null,
    token_digest varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone
);

create table inboxes (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    name         varchar(200) not null,
    channel      varchar(20) not null,
    settings     varchar not null default '{}',
    created_at   timestamp with time zone not null
);
create index inboxes_workspace on inboxes (workspace_id);

create table contacts (
    id                uuid primary key,
    workspace_id      uuid not null references workspaces (id),
    name              varchar(300),
    company           varchar(300),
    language          varchar(35),
    timezone          varchar(60),
    tier              varchar(20) not null,
    lifetime_value    numeric(14, 2) not null default 0,
    custom_attributes varchar not null default '{}',
    notes             varchar,
    merged_into       uuid references contacts (id),
    erased_at         timestamp with time zone,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index contacts_workspace on contacts (workspace_id, created_at);

create table contact_identities (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    contact_id   uuid not null references contacts (id),
    kind         varchar(20) not null,
    address      varchar(320) not null,
    unique (workspace_id, kind, address)
);
create index contact_identities_contact on contact_identities (contact_id);

create table conversations (
    id                uuid primary key,
    workspace_id      uuid not null references workspaces (id),
    inbox_id          uuid not null references inboxes (id),
    contact_id        uuid not null references contacts (id),
    subject           varchar(500),
    status            varchar(20) not null,
    snoozed_until     timestamp with time zone,
    priority          varchar(10) not null,
    assignee_id       uuid references users (id),
    team_id           uuid references teams (id),
    custom_attributes varchar not null default '{}',
    created_at        timestamp with time zone not null,
    first_response_at timestamp with time zone,
    last_activity_at  timestamp with time zone not null,
    resolved_at       timestamp with time zone
);
create index conversations_workspace_activity on conversations (workspace_id, last_activity_at, id);
create index conversations_contact on conversations (contact_id);
create index conversations_inbox_contact on conversations (inbox_id, contact_id, status);

create table conversation_tags (
    conversation_id uuid not null references conversations (id),
    tag             varchar(100) not null,
    primary key (conversation_id, tag)
);

create table messages (
    id              uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    conversation_id uuid not null references conversations (id),
    inbox_id        uuid not null references inboxes (id),
    direction       varchar(10) not null,
    author_type     varchar(10) not null,
    author_id       uuid,
    body_text       varchar,
    body_html       varchar,
    internal        boolean not null,
    delivery_status varchar(20) not null,
    external_id     varchar(300),
    created_at      timestamp with time zone not null,
    unique (inbox_id, external_id)
);
create index messages_conversation on messages (conversation_id, created_at);

create table message_mentions (
    message_id uuid not null references messages (id),
    user_id    uuid not null references users (id),
    primary key (message_id, user_id)
);

create table attachments (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    message_id   uuid not null references messages (id),
    filename     varchar(300) not null,
    content_type varchar(200) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    storage_key  varchar(300),
    created_at   timestamp with time zone not null
);
create index attachments_message on attachments (message_id);

create table timeline_entries (
    id              uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    conversation_id uuid not null references conversations (id),
    kind            varchar(40) not null,
    actor_type      varchar(10) not null,
    actor_id        uuid,
    detail          varchar not null default '{}',
    created_at      timestamp with time zone not null
);
create index timeline_conversation on timeline_entries (conversation_id, created_at);

create table idempotency_keys (
    workspace_id   uuid not null,
    principal_id   uuid not null,
    idem_key       varchar(200) not null,
    request_hash   varchar(64) not null,
    status         integer not null,
    content_type   varchar(200),
    response_body  varchar,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, principal_id, idem_key)
);
create index idempotency_keys_created on idempotency_keys (created_at);

create table webhooks (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    url          varchar(2000) not null,
    secret       varchar(100) not null,
    event_types  varchar not null,
    active       boolean not null,
    created_at   timestamp with time zone not null
);

create table webhook_settings (
    workspace_id          uuid primary key references workspaces (id),
    allow_private_network boolean not null
);

create table webhook_deliveries (
    id               uuid primary key,
    workspace_id     uuid not null references workspaces (id),
    webhook_id       uuid not null references webhooks (id) on delete cascade,
    event_id         uuid not null,
    event_type       varchar(100) not null,
    payload          varchar not null,
    status           varchar(20) not null,
    attempts         integer not null,
    next_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    unique (webhook_id, event_id)
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);

create table audit_log (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    actor_id     uuid,
    action       varchar(100) not null,
    target_type  varchar(50) not null,
    target_id    varchar(100),
    detail       varchar not null default '{}',
    created_at   timestamp with time zone not null
);
create index audit_log_workspace on audit_log (workspace_id, created_at);
