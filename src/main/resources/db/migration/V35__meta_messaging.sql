-- Messenger and Instagram channels, and messaging gaps (issue 11). Portable between H2 (MODE=PostgreSQL) and
-- PostgreSQL. messaging_numbers.phone holds the customer's address on the inbox's channel: a number in E.164
-- (SMS, WhatsApp) or a page-scoped id (Messenger PSID, Instagram IGSID).

-- How far the provider reported a sent reply (delivered, read): Messenger reports by watermark ("everything sent
-- before this time was read"), which then only touches the replies not reported that far yet.
alter table messaging_outbox add column receipt varchar(20);
create index messaging_outbox_recipient on messaging_outbox (inbox_id, recipient, sent_at);

-- A provider's status report for a message id no reply holds yet (the report overtook the send's answer). Kept
-- briefly and applied when the sender stores the id.
create table messaging_early_reports (
    inbox_id            uuid not null references inboxes (id),
    provider_message_id varchar(200) not null,
    status              varchar(20) not null,
    error               varchar(1000),
    received_at         timestamp with time zone not null,
    primary key (inbox_id, provider_message_id, status)
);
create index messaging_early_reports_age on messaging_early_reports (received_at);

-- SMS, WhatsApp and voice address a customer by their number (PHONE): WhatsApp identities stored before become
-- phone identities, unless the workspace already has that number as a phone identity.
update contact_identities set kind = 'PHONE'
where kind = 'WHATSAPP'
  and not exists (select 1 from contact_identities other
                  where other.workspace_id = contact_identities.workspace_id and other.kind = 'PHONE'
                    and other.address = contact_identities.address);
