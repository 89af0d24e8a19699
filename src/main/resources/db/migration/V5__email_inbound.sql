-- Inbound email: a bounce or a reply is matched to the workspace's message that went out with a given
-- Message-ID (messages.external_id) in any of the workspace's inboxes.
create index messages_workspace_external on messages (workspace_id, external_id);
