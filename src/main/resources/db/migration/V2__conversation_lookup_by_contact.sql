-- Inbound messages look up the customer's latest open conversation in an inbox. With the old index
-- (inbox, contact, status) PostgreSQL's generic plan for that query walked the whole workspace by
-- activity instead; this one answers it, and lookups by contact alone, with a single index probe.
drop index conversations_inbox_contact;
drop index conversations_contact;
create index conversations_contact_inbox_activity on conversations (contact_id, inbox_id, last_activity_at);
