-- SMS (Twilio-compatible) and WhatsApp Cloud API channels (issue 11). Portable between H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- One row per agent reply in an SMS or WhatsApp inbox, written in the reply's transaction; claimed like
-- email_outbox (claim_token, claimed_until) so nodes never send the same row twice at once. provider_message_id
-- is the provider's id for the sent message (Twilio's MessageSid, WhatsApp's wamid), which status callbacks carry.
create table messaging_outbox (
    id                  uuid primary key,
    workspace_id        uuid not null references workspaces (id),
    inbox_id            uuid not null references inboxes (id),
    conversation_id     uuid not null,
    message_id          uuid not null unique,
    recipient           varchar(40) not null,
    status              varchar(20) not null,
    attempts            integer not null default 0,
    next_attempt_at     timestamp with time zone not null,
    claim_token         uuid,
    claimed_until       timestamp with time zone,
    provider_message_id varchar(200),
    last_error          varchar(1000),
    created_at          timestamp with time zone not null,
    sent_at             timestamp with time zone
);
create index messaging_outbox_due on messaging_outbox (status, next_attempt_at);
create index messaging_outbox_claim on messaging_outbox (claim_token);
create unique index messaging_outbox_provider_id on messaging_outbox (inbox_id, provider_message_id);

-- What an SMS or WhatsApp inbox knows of one customer number (E.164): when they last wrote (WhatsApp's 24-hour
-- customer-service window opens with each customer message) and whether they opted out of SMS (STOP).
create table messaging_numbers (
    inbox_id        uuid not null references inboxes (id),
    phone           varchar(40) not null,
    last_inbound_at timestamp with time zone,
    opted_out_at    timestamp with time zone,
    primary key (inbox_id, phone)
);
