-- Routing (issue 8): an agent whose profile says so accepts every offer made to them at once.
alter table routing_profiles add column auto_accept boolean not null default false;

-- After-call work with a set length: an agent whose call ended is in AFTER_CALL_WORK from started_at (their
-- presence's since) until ends_at; the node that deletes the due row makes them available again.
create table routing_after_call_work (
    user_id      uuid primary key references users (id),
    workspace_id uuid not null references workspaces (id),
    started_at   timestamp with time zone not null,
    ends_at      timestamp with time zone not null
);
create index routing_after_call_work_due on routing_after_call_work (ends_at);
