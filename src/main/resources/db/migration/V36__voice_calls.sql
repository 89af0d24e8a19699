-- Voice channel (issue 11): calls through a Twilio-compatible provider. Portable between H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- One row per call (the provider's CallSid, unique per inbox). The timestamps give wait (enqueued → bridged or
-- ended), ring (bridged → answered), talk (answered → ended, minus hold) and hold time; outcome is recomputed
-- from them on every status event, so events arriving out of order still end in the right outcome.
-- webhook_base is the scheme, host and port the provider called, to build absolute URLs in TwiML sent by REST.
create table voice_calls (
    id                  uuid primary key,
    workspace_id        uuid not null references workspaces (id),
    inbox_id            uuid not null references inboxes (id),
    call_sid            varchar(64) not null,
    direction           varchar(10) not null,
    from_number         varchar(40) not null,
    to_number           varchar(40) not null,
    conversation_id     uuid,
    queue_id            uuid,
    agent_id            uuid,
    webhook_base        varchar(500) not null,
    state               varchar(20) not null,
    outcome             varchar(20),
    provider_status     varchar(20),
    created_at          timestamp with time zone not null,
    enqueued_at         timestamp with time zone,
    bridged_at          timestamp with time zone,
    answered_at         timestamp with time zone,
    ended_at            timestamp with time zone,
    hold_started_at     timestamp with time zone,
    hold_seconds        bigint not null default 0,
    callback_requested  boolean not null default false,
    voicemail           boolean not null default false,
    note                varchar(5000),
    wrap_up_seconds     bigint,
    unique (inbox_id, call_sid)
);
create index voice_calls_conversation on voice_calls (workspace_id, conversation_id);
create index voice_calls_created on voice_calls (workspace_id, created_at);

-- Each status the provider reported for a call, stored once (a retried callback is a duplicate); 'agent:' prefixes
-- the statuses of the agent's leg of the call.
create table voice_call_events (
    call_id     uuid not null references voice_calls (id),
    status      varchar(40) not null,
    occurred_at timestamp with time zone not null,
    primary key (call_id, status)
);

-- Where an agent takes calls: a phone number (E.164) or a client identity of the provider's SDK.
create table voice_agent_endpoints (
    workspace_id uuid not null references workspaces (id),
    user_id      uuid not null,
    kind         varchar(10) not null,
    address      varchar(200) not null,
    primary key (workspace_id, user_id)
);
