-- Routing rules may also ask for the contact's tier and for conversation custom attributes
-- (a JSON object of key -> wanted value, every pair must match; '{}' for none).
alter table routing_rules add column tier varchar(20);
alter table routing_rules add column attributes varchar(4000) not null default '{}';
