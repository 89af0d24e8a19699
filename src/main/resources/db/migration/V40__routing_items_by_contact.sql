-- A contact's tier change re-files that contact's waiting conversations (Queueing.reconsider): find them by index,
-- not by reading every waiting item of the workspace.
create index routing_items_contact on routing_items (workspace_id, contact_id);
