-- Workforce activity (issue 13): the history of each agent's presence states, and the contacts each agent handled.
-- A state lasts from its started_at until the member's next state starts; one row per member and start, so an
-- event delivered twice (the event publication registry may redeliver after a crash) writes one row.
create table workforce_agent_states (
    workspace_id uuid not null,
    user_id      uuid not null,
    started_at   timestamp with time zone not null,
    status       varchar(32) not null,
    reason       varchar(200),
    primary key (workspace_id, user_id, started_at)
);

-- One row per assignment of a conversation to an agent: it ends when the conversation is resolved or closed
-- (resolved: a contact this agent handled) or when it goes to someone else (not resolved: not counted as handled).
create table workforce_handled_contacts (
    id              uuid primary key,
    workspace_id    uuid not null,
    conversation_id uuid not null,
    agent_id        uuid not null,
    assigned_at     timestamp with time zone not null,
    ended_at        timestamp with time zone,
    resolved        boolean not null default false
);
create index workforce_handled_contacts_by_agent on workforce_handled_contacts (workspace_id, agent_id, assigned_at);
create index workforce_handled_contacts_open on workforce_handled_contacts (workspace_id, conversation_id, ended_at);
