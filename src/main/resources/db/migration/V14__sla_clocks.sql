-- SLA policies and clocks (issue 9). Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- A workspace without rows here uses the built-in defaults (sla.internal.SlaPolicy.DEFAULTS).
-- definition: JSON of conditions, targets (seconds per metric), business or calendar time and the pause matrix.
create table sla_policies (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    name         varchar(200) not null,
    position     integer not null,
    definition   varchar(8000) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index sla_policies_workspace on sla_policies (workspace_id, position);

-- One clock per conversation and metric, durations in microseconds (the Clock bean's tick). elapsed_us counts (business or calendar) time up to running_since;
-- due_at and warn_at are set only while an event is still to fire, so the sweep reads only due rows.
create table sla_clocks (
    workspace_id    uuid not null references workspaces (id),
    conversation_id uuid not null,
    metric          varchar(20) not null,
    policy_id       uuid not null,
    policy_name     varchar(200) not null,
    state           varchar(10) not null,
    target_us       bigint not null,
    business_time   boolean not null,
    team_id         uuid,
    started_at      timestamp with time zone not null,
    running_since   timestamp with time zone,
    elapsed_us      bigint not null,
    due_at          timestamp with time zone,
    warn_at         timestamp with time zone,
    warned          boolean not null,
    breached_at     timestamp with time zone,
    stopped_at      timestamp with time zone,
    primary key (workspace_id, conversation_id, metric)
);
create index sla_clocks_due on sla_clocks (due_at);
create index sla_clocks_warn on sla_clocks (warn_at);
