-- The agent workspace: the inbox read model, read markers, saved views, canned responses, tag and
-- custom attribute definitions, message metadata. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- What the inbox list shows and sorts by, kept on the conversation so a page is one indexed query.
alter table conversations add column waiting_since timestamp with time zone;
alter table conversations add column last_inbound_at timestamp with time zone;
alter table conversations add column priority_rank smallint not null default 2;
alter table conversations add column preview varchar(160);
alter table conversations add column preview_direction varchar(10);

update conversations set priority_rank = case priority
    when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end;
update conversations c set last_inbound_at = (
    select max(m.created_at) from messages m where m.conversation_id = c.id and m.direction = 'INBOUND');
update conversations c set waiting_since = (
    select min(m.created_at) from messages m
    where m.conversation_id = c.id and m.direction = 'INBOUND'
      and m.created_at > coalesce((select max(o.created_at) from messages o
                                   where o.conversation_id = c.id and o.direction = 'OUTBOUND' and o.internal = false),
                                  timestamp with time zone '1970-01-01 00:00:00+00'))
where c.status in ('OPEN', 'PENDING', 'SNOOZED');
update conversations c set
    preview = (select substring(m.body_text from 1 for 160) from messages m
               where m.conversation_id = c.id and m.internal = false
               order by m.created_at desc, m.id desc fetch first 1 rows only),
    preview_direction = (select m.direction from messages m
               where m.conversation_id = c.id and m.internal = false
               order by m.created_at desc, m.id desc fetch first 1 rows only);

create index conversations_workspace_waiting on conversations (workspace_id, waiting_since, id);
create index conversations_workspace_priority on conversations (workspace_id, priority_rank, waiting_since, id);
create index conversations_assignee_activity on conversations (assignee_id, last_activity_at);
create index conversations_team_activity on conversations (team_id, last_activity_at);

-- Per staff member and conversation: when they last read it and when a note last mentioned them.
create table conversation_reads (
    user_id         uuid not null references users (id),
    conversation_id uuid not null references conversations (id),
    workspace_id    uuid not null references workspaces (id),
    read_at         timestamp with time zone,
    mentioned_at    timestamp with time zone,
    primary key (user_id, conversation_id)
);
create index conversation_reads_conversation on conversation_reads (conversation_id);
create index conversation_reads_mentions on conversation_reads (user_id, mentioned_at);

create table saved_views (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    owner_id     uuid not null references users (id),
    name         varchar(200) not null,
    shared       boolean not null,
    filters      varchar not null default '{}',
    sort         varchar(20) not null,
    created_at   timestamp with time zone not null
);
create index saved_views_workspace on saved_views (workspace_id, owner_id);

-- scope is 'shared' or the owner's id: shortcuts are unique among the shared ones and within each agent's own.
create table canned_responses (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    owner_id     uuid not null references users (id),
    scope        varchar(40) not null,
    shortcut     varchar(100) not null,
    title        varchar(200) not null,
    body         varchar not null,
    shared       boolean not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    unique (workspace_id, scope, shortcut)
);

create table tag_definitions (
    workspace_id uuid not null references workspaces (id),
    name         varchar(100) not null,
    color        varchar(20),
    created_at   timestamp with time zone not null,
    primary key (workspace_id, name)
);
create index conversation_tags_tag on conversation_tags (tag, conversation_id);

create table attribute_definitions (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    applies_to   varchar(20) not null,
    attr_key     varchar(64) not null,
    label        varchar(200) not null,
    type         varchar(10) not null,
    options      varchar not null default '[]',
    created_at   timestamp with time zone not null,
    unique (workspace_id, applies_to, attr_key)
);

-- Channel details of a message for rendering: {"call":{...}} or {"email":{...}}.
alter table messages add column metadata varchar not null default '{}';
