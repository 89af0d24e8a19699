-- A waiting conversation whose tags, attributes or contact tier change moves to the queue its rules now choose,
-- unless a person put it where it is (a transfer or reassignment to a queue).
alter table routing_items add column placed_by_rules boolean default true not null;

-- The settings screen used to offer webhook event names that are never sent; subscriptions keep working under the
-- names the server sends (WorkspaceEvent.typeName).
update webhooks set event_types = replace(replace(replace(event_types,
    'conversation.status_changed', 'conversation_status.changed'),
    'conversation.priority_changed', 'conversation_priority.changed'),
    'message.delivery_changed', 'message_delivery.changed');
