-- Planners' adjustments of a queue's forecast on special days (issue 13): on that local day the forecast is
-- multiplied by factor (0 closes the day, 1.5 expects half as much again). One row per queue and day.
create table workforce_forecast_adjustments (
    workspace_id uuid not null,
    queue_id     uuid not null,
    local_day    date not null,
    factor       double precision not null,
    note         varchar(200),
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, queue_id, local_day)
);
