-- Routing, second slice (issue 8): sticky routing to the agent who last handled the contact, agent selection.

-- How recently an agent must have handled the contact to be preferred for their new conversation (0: off).
alter table routing_queues add column sticky_window_seconds integer not null default 0;

-- The contact of a queued item and of an assignment, so the agent who last helped a contact is one lookup.
alter table routing_items add column contact_id uuid;
alter table routing_assignments add column contact_id uuid;
create index routing_assignments_contact on routing_assignments (workspace_id, contact_id, started_at);

-- How a queue picks among eligible agents: LONGEST_IDLE, LEAST_OCCUPIED, ROUND_ROBIN or MOST_SKILLED.
alter table routing_queues add column agent_selection varchar(20) not null default 'LONGEST_IDLE';
