-- The next SLA deadline of each conversation (issue 9), kept by the sla module through
-- conversations.ConversationDeadlines in the transaction that changes the clocks, so the inbox list shows it,
-- sorts by it (sort=due, a keyset like waiting_since) and filters by it without reading sla_clocks.
-- sla_due_at: when the most urgent running target is (or was) due; sla_warn_at: when it turns amber;
-- sla_target: its metric. All null while no target runs.
alter table conversations add column sla_due_at timestamp with time zone;
alter table conversations add column sla_warn_at timestamp with time zone;
alter table conversations add column sla_target varchar(20);
create index conversations_workspace_sla_due on conversations (workspace_id, sla_due_at, id);

-- Running clocks from before: their next due time (a breach already fired has no due time left to copy).
update conversations set sla_due_at = (
    select min(k.due_at) from sla_clocks k
    where k.conversation_id = conversations.id and k.state = 'RUNNING' and k.due_at is not null);
update conversations set sla_target = (
    select min(k.metric) from sla_clocks k
    where k.conversation_id = conversations.id and k.state = 'RUNNING' and k.due_at = conversations.sla_due_at)
where sla_due_at is not null;
