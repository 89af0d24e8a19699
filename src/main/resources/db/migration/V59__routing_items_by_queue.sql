-- Push distribution reads the waiting items of the push queues only (Distributor.offerNext): by this index a backlog
-- in pull queues is never scanned on each arrival.
create index routing_items_queue_order on routing_items (workspace_id, queue_id, state, sort_key);
