-- Business hours (issue 9): a calendar per workspace (the default) and, optionally, per team.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- calendar_id is the workspace's own id for its default calendar and the team's id for a team's, so each
-- workspace and team has at most one without a partial unique index (which H2 lacks). A workspace with no
-- row has the default, Monday to Friday 09:00-18:00 in the workspace's time zone.
-- week: one entry per open day, e.g. 'MON 09:00-12:00 13:00-18:00;TUE 09:00-18:00' (sla.WeeklyHours).
create table business_calendars (
    workspace_id uuid not null references workspaces (id),
    calendar_id  uuid not null,
    team_id      uuid references teams (id),
    timezone     varchar(60) not null,
    week         varchar(2000) not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, calendar_id)
);

-- Closed days of a calendar, both ends inclusive; a yearly one recurs on the same dates every year.
create table business_holidays (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    calendar_id  uuid not null,
    name         varchar(200) not null,
    first_day    date not null,
    last_day     date not null,
    yearly       boolean not null,
    created_at   timestamp with time zone not null
);
create index business_holidays_calendar on business_holidays (workspace_id, calendar_id, first_day);
