-- Routing, second slice (issue 8): sticky routing to the agent who last handled the contact, agent selection.

-- How recently an agent must have handled the contact to be preferred for their new conversation (0: off).
alter table routing_queues add column sticky_window_seconds integer not null default 0;

-- The contact of a queued item and of an assignment, so the agent who last helped a contact is one lookup.
alter table routing_items add column contact_id uuid;
alter table routing_assignments add column contact_id uuid;
create index routing_assignments_contact on routing_assignments (workspace_id, contact_id, started_at);

-- How a queue picks among eligible agents: LONGEST_IDLE, LEAST_OCCUPIED, ROUND_ROBIN or MOST_SKILLED.
alter table routing_queues add column agent_selection varchar(20) not null default 'LONGEST_IDLE';

-- Target expansion: after expand_after_seconds waiting, agents with expanded_min_proficiency qualify; after
-- overflow_after_seconds, agents who may serve overflow_queue_id qualify too. Null: no such step.
alter table routing_queues add column expand_after_seconds integer;
alter table routing_queues add column expanded_min_proficiency integer;
alter table routing_queues add column overflow_after_seconds integer;
alter table routing_queues add column overflow_queue_id uuid references routing_queues (id) on delete set null;
