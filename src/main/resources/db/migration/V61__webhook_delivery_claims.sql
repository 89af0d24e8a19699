-- Webhook deliveries are claimed before they are sent, as the channel outboxes' rows are (claim_token,
-- claimed_until): with several nodes each delivery is sent by one of them, and a node that dies mid-send leaves its
-- claim to expire for another node to send the delivery.
alter table webhook_deliveries add column claim_token uuid;
alter table webhook_deliveries add column claimed_until timestamp with time zone;
create index webhook_deliveries_claim on webhook_deliveries (claim_token);
