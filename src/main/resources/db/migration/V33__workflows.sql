-- Guided workflows: decision trees agents walk through on a conversation. A workflow's definition lives in
-- its versions; a draft's only version is rewritten on save, a published workflow's save adds the next version,
-- so a run keeps the version it started on. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

create table workflows (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    name         varchar(200) not null,
    language     varchar(10) not null,
    status       varchar(10) not null,
    version      integer not null,
    created_by   uuid not null references users (id),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index workflows_workspace on workflows (workspace_id, language, name);

-- definition: JSON {"start": step id, "steps": [{id, title, body, answers: [{id, label, next}], actions: [...]}]}
create table workflow_versions (
    workflow_id  uuid not null references workflows (id),
    version      integer not null,
    workspace_id uuid not null references workspaces (id),
    name         varchar(200) not null,
    definition   text not null,
    saved_by     uuid not null references users (id),
    saved_at     timestamp with time zone not null,
    primary key (workflow_id, version)
);

-- One run of a workflow on a conversation. active_conversation_id is the conversation while the run is
-- RUNNING and null once it ended, so the unique index allows one running workflow per conversation on
-- every node (nulls never collide, on H2 and PostgreSQL alike). path is the JSON list of step ids walked,
-- the current one last (for going back).
create table workflow_runs (
    id                     uuid primary key,
    workspace_id           uuid not null references workspaces (id),
    workflow_id            uuid not null references workflows (id),
    version                integer not null,
    conversation_id        uuid not null references conversations (id),
    active_conversation_id uuid,
    status                 varchar(10) not null,
    path                   text not null,
    current_step           varchar(40) not null,
    outcome_step           varchar(40),
    started_by             uuid not null references users (id),
    started_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    ended_at               timestamp with time zone,
    constraint workflow_runs_one_running unique (active_conversation_id),
    constraint workflow_runs_version foreign key (workflow_id, version) references workflow_versions (workflow_id, version)
);
create index workflow_runs_workflow on workflow_runs (workflow_id, status);
create index workflow_runs_conversation on workflow_runs (conversation_id, started_at);

-- Every step a run reached (once per arrival), for "reached" and drop-off per step.
create table workflow_run_steps (
    run_id     uuid not null references workflow_runs (id),
    position   integer not null,
    step_id    varchar(40) not null,
    answer_id  varchar(40),
    reached_at timestamp with time zone not null,
    primary key (run_id, position)
);
