-- A reply that goes out as several provider messages (WhatsApp media one by one, Messenger text then attachments)
-- remembers how many the provider accepted and the first one's id, so a retry after a rate limit sends only the rest.
alter table messaging_outbox add column parts_sent integer not null default 0;
alter table messaging_outbox add column first_part_id varchar(200);
