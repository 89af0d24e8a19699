-- Routing (issue 8): queues with ordered rules, agents' routing profiles, the waiting items and every offer.

-- A queue collects conversations for one team or inbox; its agents may need a skill at a proficiency.
-- push: offers are made to agents; otherwise agents take work with "get next" only.
create table routing_queues (
    id                    uuid primary key,
    workspace_id          uuid not null references workspaces (id),
    name                  varchar(200) not null,
    team_id               uuid,
    inbox_id              uuid,
    required_skill        varchar(100),
    min_proficiency       integer not null default 1,
    offer_timeout_seconds integer,
    is_default            boolean not null default false,
    push                  boolean not null default true,
    created_at            timestamp with time zone not null
);
create index routing_queues_workspace on routing_queues (workspace_id);

-- Rules are tried by position; the first whose every set condition matches places the conversation.
create table routing_rules (
    id            uuid primary key,
    workspace_id  uuid not null references workspaces (id),
    queue_id      uuid not null references routing_queues (id) on delete cascade,
    position      integer not null,
    channel       varchar(20),
    inbox_id      uuid,
    language      varchar(35),
    tag           varchar(100),
    priority      varchar(10)
);
create index routing_rules_workspace on routing_rules (workspace_id, position);

-- An agent's routing profile; its row is also the lock that serialises offers to that agent.
create table routing_profiles (
    user_id            uuid primary key references users (id),
    workspace_id       uuid not null references workspaces (id),
    skills             varchar(2000) not null default '{}',
    languages          varchar(500) not null default '',
    chat_capacity      integer not null default 3,
    email_capacity     integer not null default 5,
    messaging_capacity integer not null default 5,
    voice_capacity     integer not null default 1,
    total_capacity     integer not null default 6,
    last_offered_at    timestamp with time zone
);

-- A conversation waiting in a queue (WAITING) or held by one pending offer (OFFERED). The sort key is
-- the enqueue time minus the priority credit, so a scan in key order is priority with aging.
create table routing_items (
    conversation_id uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    queue_id        uuid not null references routing_queues (id),
    channel         varchar(20) not null,
    language        varchar(35),
    priority        varchar(10) not null,
    tier            varchar(20),
    state           varchar(10) not null,
    enqueued_at     timestamp with time zone not null,
    sort_key        bigint not null
);
create index routing_items_order on routing_items (workspace_id, state, sort_key);

-- Every offer and its outcome. pending_conversation_id is set only while the offer is pending: its
-- unique index makes a second pending offer for one conversation impossible, on every node. due_at is
-- set only while pending too, so the expiry job reads only due offers.
create table routing_offers (
    id                      uuid primary key,
    workspace_id            uuid not null references workspaces (id),
    conversation_id         uuid not null,
    queue_id                uuid not null,
    agent_id                uuid not null references users (id),
    channel                 varchar(20) not null,
    mode                    varchar(10) not null,
    created_at              timestamp with time zone not null,
    expires_at              timestamp with time zone not null,
    outcome                 varchar(10),
    decline_reason          varchar(500),
    decided_at              timestamp with time zone,
    pending_conversation_id uuid,
    due_at                  timestamp with time zone
);
create unique index routing_offers_one_pending on routing_offers (pending_conversation_id);
create index routing_offers_due on routing_offers (due_at);
create index routing_offers_workspace on routing_offers (workspace_id, created_at);
create index routing_offers_agent on routing_offers (agent_id, outcome);

-- Who handles which conversation on which channel: each agent's load, and handle times for estimates.
create table routing_assignments (
    conversation_id uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    agent_id        uuid not null references users (id),
    channel         varchar(20) not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone
);
create index routing_assignments_agent on routing_assignments (agent_id, ended_at);
create index routing_assignments_ended on routing_assignments (workspace_id, ended_at);
