-- Service-level reporting (issue 9). Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- Routing: every time a conversation left a queue, with how long it waited there. ANSWERED: assigned
-- (accepted offer, "get next", a person's assignment); ABANDONED: resolved or closed while still waiting;
-- SET_ASIDE: made pending or snoozed while waiting (neither answered nor abandoned). Written in the
-- transaction that ends the queue item, so history and queue never disagree.
create table routing_queue_visits (
    id              uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    conversation_id uuid not null,
    queue_id        uuid not null,
    channel         varchar(20) not null,
    enqueued_at     timestamp with time zone not null,
    left_at         timestamp with time zone not null,
    outcome         varchar(10) not null,
    agent_id        uuid
);
create index routing_queue_visits_workspace on routing_queue_visits (workspace_id, enqueued_at);

-- How a workspace counts its service level; a workspace without a row uses 20 s, abandons within the
-- threshold counted as met, no short abandons (sla.report.ServiceLevelRule.DEFAULT).
create table sla_report_settings (
    workspace_id          uuid primary key references workspaces (id),
    threshold_seconds     integer not null,
    abandons              varchar(30) not null,
    short_abandon_seconds integer not null,
    updated_at            timestamp with time zone not null
);

-- Reports read the clocks that ended in a period, and the at-risk list the running ones by due time.
create index sla_clocks_stopped on sla_clocks (workspace_id, stopped_at);
create index sla_clocks_workspace_due on sla_clocks (workspace_id, due_at);
