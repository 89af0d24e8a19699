-- Routing (issue 8): an agent whose profile says so accepts every offer made to them at once.
alter table routing_profiles add column auto_accept boolean not null default false;
