-- Shift schedules (issue 13). A schedule row is also the solve job: any node claims a QUEUED row (or a SOLVING row
-- whose lease ran out) by a conditional update, solves it and stores the shifts, so every node reports the same status.
create table workforce_schedules (
    id                 uuid primary key,
    workspace_id       uuid not null,
    first_day          date not null,
    days               integer not null,
    status             varchar(16) not null,
    request            text not null,
    time_limit_seconds integer not null,
    claimed_by         varchar(100),
    claimed_until      timestamp with time zone,
    score              varchar(100),
    coverage           double precision,
    failure            varchar(500),
    created_by         uuid not null,
    created_at         timestamp with time zone not null,
    finished_at        timestamp with time zone,
    published_at       timestamp with time zone
);
create index workforce_schedules_status on workforce_schedules (status, created_at);
create index workforce_schedules_workspace on workforce_schedules (workspace_id, first_day);

-- One agent's shift on one local day of a schedule; times are the workspace's wall-clock times.
create table workforce_schedule_shifts (
    schedule_id  uuid not null references workforce_schedules (id) on delete cascade,
    workspace_id uuid not null,
    user_id      uuid not null,
    local_day    date not null,
    starts_at    timestamp not null,
    ends_at      timestamp not null,
    template     varchar(100) not null,
    activities   varchar(4000) not null,
    edited       boolean not null,
    primary key (schedule_id, user_id, local_day)
);
create index workforce_schedule_shifts_agent on workforce_schedule_shifts (workspace_id, user_id, local_day);

-- Agents' time off requests; approved ones are hard limits for every later schedule.
create table workforce_time_off (
    id           uuid primary key,
    workspace_id uuid not null,
    user_id      uuid not null,
    first_day    date not null,
    last_day     date not null,
    reason       varchar(500),
    status       varchar(16) not null,
    decided_by   uuid,
    decided_at   timestamp with time zone,
    created_at   timestamp with time zone not null
);
create index workforce_time_off_agent on workforce_time_off (workspace_id, user_id, first_day);
