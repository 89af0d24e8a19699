-- Shift swap requests between agents (issue 13): the requester offers their shift on day to the partner, taking the
-- partner's shift on partner_day if they have one; the partner accepts, then a supervisor approves and the swap is applied.
create table workforce_shift_swaps (
    id             uuid primary key,
    workspace_id   uuid not null,
    schedule_id    uuid not null references workforce_schedules (id) on delete cascade,
    requester_id   uuid not null,
    requester_day  date not null,
    partner_id     uuid not null,
    partner_day    date not null,
    status         varchar(16) not null,
    decided_by     uuid,
    created_at     timestamp with time zone not null,
    decided_at     timestamp with time zone
);
create index workforce_shift_swaps_workspace on workforce_shift_swaps (workspace_id, created_at);
